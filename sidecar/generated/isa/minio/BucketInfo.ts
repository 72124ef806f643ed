// Original file: proto/isa/minio.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface BucketInfo {
  'name'?: (string);
  'creation_date'?: (_google_protobuf_Timestamp | null);
  'owner_id'?: (string);
  'organization_id'?: (string);
  'tags'?: ({[key: string]: string});
  'region'?: (string);
  'size_bytes'?: (number | string | Long);
  'object_count'?: (number | string | Long);
}

export interface BucketInfo__Output {
  'name': (string);
  'creation_date': (_google_protobuf_Timestamp__Output | null);
  'owner_id': (string);
  'organization_id': (string);
  'tags': ({[key: string]: string});
  'region': (string);
  'size_bytes': (string);
  'object_count': (string);
}
