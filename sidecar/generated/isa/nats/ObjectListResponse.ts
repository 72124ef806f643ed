// Original file: proto/isa/nats.proto

import type { ObjectInfo as _isa_nats_ObjectInfo, ObjectInfo__Output as _isa_nats_ObjectInfo__Output } from '../../isa/nats/ObjectInfo';

export interface ObjectListResponse {
  'objects'?: (_isa_nats_ObjectInfo)[];
}

export interface ObjectListResponse__Output {
  'objects': (_isa_nats_ObjectInfo__Output)[];
}
