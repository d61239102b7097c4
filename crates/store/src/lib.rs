//! Storage implementations of the `core` store interfaces.
