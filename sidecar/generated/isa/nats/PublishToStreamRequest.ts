// Original file: proto/isa/nats.proto


export interface PublishToStreamRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
  'subject'?: (string);
  'data'?: (Buffer | Uint8Array | string);
  'headers'?: ({[key: string]: string});
}

export interface PublishToStreamRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
  'subject': (string);
  'data': (Buffer);
  'headers': ({[key: string]: string});
}
