//! Web pages: the SAML browser sign-in (`/saml`), console federation (`/federation`)
//! and the console page behind a session.

use axum::Router;

use crate::App;

/// The routes of the web pages, merged into the server's router.
pub(crate) fn routes() -> Router<App> {
    Router::new()
}
