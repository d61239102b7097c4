//! The Gatehouse binary: command line, configuration and wiring.
fn main() {}
