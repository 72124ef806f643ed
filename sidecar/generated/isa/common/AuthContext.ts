// Original file: proto/isa/common.proto

import type { User as _isa_common_User, User__Output as _isa_common_User__Output } from '../../isa/common/User';
import type { Organization as _isa_common_Organization, Organization__Output as _isa_common_Organization__Output } from '../../isa/common/Organization';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface AuthContext {
  'user'?: (_isa_common_User | null);
  'organization'?: (_isa_common_Organization | null);
  'permissions'?: (string)[];
  'access_token'?: (string);
  'expires_at'?: (_google_protobuf_Timestamp | null);
  'provider'?: (string);
}

export interface AuthContext__Output {
  'user': (_isa_common_User__Output | null);
  'organization': (_isa_common_Organization__Output | null);
  'permissions': (string)[];
  'access_token': (string);
  'expires_at': (_google_protobuf_Timestamp__Output | null);
  'provider': (string);
}
