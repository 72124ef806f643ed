// Original file: proto/isa/common.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface RequestContext {
  'request_id'?: (string);
  'trace_id'?: (string);
  'user_id'?: (string);
  'organization_id'?: (string);
  'service_name'?: (string);
  'method_name'?: (string);
  'start_time'?: (_google_protobuf_Timestamp | null);
  'metadata'?: ({[key: string]: string});
}

export interface RequestContext__Output {
  'request_id': (string);
  'trace_id': (string);
  'user_id': (string);
  'organization_id': (string);
  'service_name': (string);
  'method_name': (string);
  'start_time': (_google_protobuf_Timestamp__Output | null);
  'metadata': ({[key: string]: string});
}
