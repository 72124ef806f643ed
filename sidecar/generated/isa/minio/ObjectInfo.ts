// Original file: proto/isa/minio.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface ObjectInfo {
  'key'?: (string);
  'size'?: (number | string | Long);
  'etag'?: (string);
  'content_type'?: (string);
  'last_modified'?: (_google_protobuf_Timestamp | null);
  'metadata'?: ({[key: string]: string});
  'storage_class'?: (string);
  'version_id'?: (string);
  'owner_id'?: (string);
}

export interface ObjectInfo__Output {
  'key': (string);
  'size': (string);
  'etag': (string);
  'content_type': (string);
  'last_modified': (_google_protobuf_Timestamp__Output | null);
  'metadata': ({[key: string]: string});
  'storage_class': (string);
  'version_id': (string);
  'owner_id': (string);
}
