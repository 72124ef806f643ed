import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { AuthContext as _isa_common_AuthContext, AuthContext__Output as _isa_common_AuthContext__Output } from './isa/common/AuthContext';
import type { BaseResponse as _isa_common_BaseResponse, BaseResponse__Output as _isa_common_BaseResponse__Output } from './isa/common/BaseResponse';
import type { Organization as _isa_common_Organization, Organization__Output as _isa_common_Organization__Output } from './isa/common/Organization';
import type { RequestContext as _isa_common_RequestContext, RequestContext__Output as _isa_common_RequestContext__Output } from './isa/common/RequestContext';
import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from './isa/common/RequestMetadata';
import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from './isa/common/ResponseMetadata';
import type { User as _isa_common_User, User__Output as _isa_common_User__Output } from './isa/common/User';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  isa: {
    common: {
      AuthContext: MessageTypeDefinition<_isa_common_AuthContext, _isa_common_AuthContext__Output>
      BaseResponse: MessageTypeDefinition<_isa_common_BaseResponse, _isa_common_BaseResponse__Output>
      Organization: MessageTypeDefinition<_isa_common_Organization, _isa_common_Organization__Output>
      RequestContext: MessageTypeDefinition<_isa_common_RequestContext, _isa_common_RequestContext__Output>
      RequestMetadata: MessageTypeDefinition<_isa_common_RequestMetadata, _isa_common_RequestMetadata__Output>
      ResponseMetadata: MessageTypeDefinition<_isa_common_ResponseMetadata, _isa_common_ResponseMetadata__Output>
      User: MessageTypeDefinition<_isa_common_User, _isa_common_User__Output>
    }
  }
}

