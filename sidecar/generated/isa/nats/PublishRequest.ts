// Original file: proto/isa/nats.proto


export interface PublishRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'subject'?: (string);
  'data'?: (Buffer | Uint8Array | string);
  'headers'?: ({[key: string]: string});
  'reply_to'?: (string);
}

export interface PublishRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'subject': (string);
  'data': (Buffer);
  'headers': ({[key: string]: string});
  'reply_to': (string);
}
