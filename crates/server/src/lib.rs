//! The HTTP front-end: route, authenticate, authorize, execute, encode, audit.
