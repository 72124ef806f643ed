// Original file: proto/isa/minio.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct';

export interface LifecycleRule {
  'id'?: (string);
  'status'?: (string);
  'filter'?: (_google_protobuf_Struct | null);
  'expiration'?: (_google_protobuf_Struct | null);
  'transition'?: (_google_protobuf_Struct | null);
}

export interface LifecycleRule__Output {
  'id': (string);
  'status': (string);
  'filter': (_google_protobuf_Struct__Output | null);
  'expiration': (_google_protobuf_Struct__Output | null);
  'transition': (_google_protobuf_Struct__Output | null);
}
