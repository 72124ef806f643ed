// Original file: proto/isa/nats.proto


export interface ObjectPutRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'bucket'?: (string);
  'object_name'?: (string);
  'data'?: (Buffer | Uint8Array | string);
  'metadata'?: ({[key: string]: string});
}

export interface ObjectPutRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'bucket': (string);
  'object_name': (string);
  'data': (Buffer);
  'metadata': ({[key: string]: string});
}
