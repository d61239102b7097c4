//! Protocol codecs: awsQuery, awsJson1.1, restJson1 and rpcv2Cbor.
