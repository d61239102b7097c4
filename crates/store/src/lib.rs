//! Storage implementations of `core`'s store interfaces. The embedded default is SQLite
//! in the data directory (WAL, `synchronous=FULL`).

pub mod sqlite;

pub use sqlite::SqliteStore;
