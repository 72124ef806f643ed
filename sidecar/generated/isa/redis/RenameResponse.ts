// Original file: proto/isa/redis.proto


export interface RenameResponse {
  'success'?: (boolean);
}

export interface RenameResponse__Output {
  'success': (boolean);
}
