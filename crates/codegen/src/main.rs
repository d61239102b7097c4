//! Generates the `model` crate from botocore service models.
fn main() {}
