// Original file: proto/isa/nats.proto


export interface PublishBatchResponse {
  'success'?: (boolean);
  'published_count'?: (number);
  'errors'?: (string)[];
}

export interface PublishBatchResponse__Output {
  'success': (boolean);
  'published_count': (number);
  'errors': (string)[];
}
