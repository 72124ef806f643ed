// Original file: proto/isa/nats.proto


export interface KVWatchRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'bucket'?: (string);
  'key'?: (string);
  'updates_only'?: (boolean);
}

export interface KVWatchRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'bucket': (string);
  'key': (string);
  'updates_only': (boolean);
}
