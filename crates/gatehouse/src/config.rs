//! Settings: a TOML file carries every one of them; command-line flags override it.

use std::net::SocketAddr;
use std::path::PathBuf;

use serde::Deserialize;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// A TOML file with any of the settings below (flags override it).
    #[arg(long, env = "GATEHOUSE_CONFIG")]
    pub config: Option<PathBuf>,
    /// Where the store, master key and root credentials live [default: ./gatehouse-data].
    #[arg(long, env = "GATEHOUSE_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// The store: a `postgres://` URL for several nodes; the embedded SQLite database of
    /// the data directory when absent.
    #[arg(long, env = "GATEHOUSE_STORE")]
    pub store: Option<String>,
    /// Address to listen on [default: 127.0.0.1:4750].
    #[arg(long, env = "GATEHOUSE_LISTEN")]
    pub listen: Option<SocketAddr>,
    /// The region this installation answers as [default: us-east-1].
    #[arg(long, env = "GATEHOUSE_REGION")]
    pub region: Option<String>,
    /// The URL clients use to reach this server, when it differs from the listen address.
    #[arg(long, env = "GATEHOUSE_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// PEM certificate chain for HTTPS.
    #[arg(long)]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key for HTTPS.
    #[arg(long)]
    pub tls_key: Option<PathBuf>,
    /// A file holding the master key (64 hex digits); otherwise GATEHOUSE_MASTER_KEY or
    /// DATA_DIR/master.key.
    #[arg(long)]
    pub master_key_file: Option<PathBuf>,
    /// Allowed clock difference for signed requests, in seconds [default: 300].
    #[arg(long)]
    pub clock_skew_secs: Option<i64>,
    /// Largest request body accepted, in bytes [default: 1048576].
    #[arg(long)]
    pub max_body_bytes: Option<usize>,
    /// Seconds a client has to send a whole request head [default: 10].
    #[arg(long)]
    pub header_timeout_secs: Option<u64>,
    /// Seconds a client has to send a whole request body [default: 30].
    #[arg(long)]
    pub body_timeout_secs: Option<u64>,
    /// Seconds a connection with no request in progress stays open [default: 30].
    #[arg(long)]
    pub idle_timeout_secs: Option<u64>,
    /// Most connections open at once; at the cap the longest-idle one is closed for a new
    /// one [default: the file-descriptor limit less 256, at most 16384].
    #[arg(long)]
    pub max_connections: Option<usize>,
    /// Most connections open at once from one client address [default: 1024].
    #[arg(long)]
    pub max_connections_per_ip: Option<usize>,
    /// Emulator mode, for test suites written for moto or LocalStack: unknown access
    /// keys are accepted as an account's root user WITHOUT a signature check.
    #[arg(long)]
    pub emulator: bool,
    /// PEM CA certificates trusted, besides the system's, when fetching OpenID Connect
    /// issuers' keys (self-hosted identity providers).
    #[arg(long, env = "GATEHOUSE_TRUSTED_CA")]
    pub trusted_ca: Option<PathBuf>,
    /// Accept OpenID Connect issuers over plain HTTP (tests and closed networks only).
    #[arg(long)]
    pub allow_http_oidc: bool,
    /// `text` or `json` [default: text].
    #[arg(long)]
    pub log_format: Option<String>,
    /// A tracing filter such as `info` or `gatehouse_server=debug` [default: info].
    #[arg(long)]
    pub log_level: Option<String>,
}

/// The file form: every field optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    /// IAM quotas (`[iam]` table), AWS's defaults when absent.
    iam: Option<gatehouse_core::iam::IamQuotas>,
    /// STS quotas and windows (`[sts]` table).
    sts: Option<gatehouse_core::sts::StsQuotas>,
    data_dir: Option<PathBuf>,
    store: Option<String>,
    listen: Option<SocketAddr>,
    region: Option<String>,
    public_url: Option<String>,
    tls_cert: Option<PathBuf>,
    tls_key: Option<PathBuf>,
    master_key_file: Option<PathBuf>,
    clock_skew_secs: Option<i64>,
    max_body_bytes: Option<usize>,
    header_timeout_secs: Option<u64>,
    body_timeout_secs: Option<u64>,
    idle_timeout_secs: Option<u64>,
    max_connections: Option<usize>,
    max_connections_per_ip: Option<usize>,
    emulator: Option<bool>,
    trusted_ca: Option<PathBuf>,
    allow_http_oidc: Option<bool>,
    log_format: Option<String>,
    log_level: Option<String>,
    /// Seconds between passes that delete expired one-time records (file only).
    purge_interval_secs: Option<u64>,
}

/// The settings in force.
#[derive(Debug, Clone)]
pub struct Config {
    pub iam_quotas: gatehouse_core::iam::IamQuotas,
    pub sts_quotas: gatehouse_core::sts::StsQuotas,
    pub data_dir: PathBuf,
    pub store: Option<String>,
    pub listen: SocketAddr,
    pub region: String,
    pub public_url: Option<String>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub master_key_file: Option<PathBuf>,
    pub clock_skew_secs: i64,
    pub max_body_bytes: usize,
    pub header_timeout_secs: u64,
    pub body_timeout_secs: u64,
    pub idle_timeout_secs: u64,
    /// `None`: derived from the file-descriptor limit at start.
    pub max_connections: Option<usize>,
    pub max_connections_per_ip: usize,
    pub emulator: bool,
    pub trusted_ca: Option<PathBuf>,
    pub allow_http_oidc: bool,
    pub log_format: String,
    pub log_level: String,
    pub purge_interval_secs: u64,
}

impl Config {
    pub fn load(args: &ServeArgs) -> Result<Self, String> {
        let file = match &args.config {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
                toml::from_str::<FileConfig>(&text)
                    .map_err(|e| format!("`{}`: {e}", path.display()))?
            }
            None => FileConfig::default(),
        };
        let config = Config {
            iam_quotas: file.iam.clone().unwrap_or_default(),
            sts_quotas: file.sts.clone().unwrap_or_default(),
            data_dir: args
                .data_dir
                .clone()
                .or(file.data_dir)
                .unwrap_or_else(|| PathBuf::from("gatehouse-data")),
            store: args.store.clone().or(file.store),
            listen: args
                .listen
                .or(file.listen)
                .unwrap_or(SocketAddr::from(([127, 0, 0, 1], 4750))),
            region: args
                .region
                .clone()
                .or(file.region)
                .unwrap_or_else(|| "us-east-1".to_owned()),
            public_url: args.public_url.clone().or(file.public_url),
            tls_cert: args.tls_cert.clone().or(file.tls_cert),
            tls_key: args.tls_key.clone().or(file.tls_key),
            master_key_file: args.master_key_file.clone().or(file.master_key_file),
            clock_skew_secs: args.clock_skew_secs.or(file.clock_skew_secs).unwrap_or(300),
            max_body_bytes: args
                .max_body_bytes
                .or(file.max_body_bytes)
                .unwrap_or(1 << 20),
            header_timeout_secs: args
                .header_timeout_secs
                .or(file.header_timeout_secs)
                .unwrap_or(10),
            body_timeout_secs: args
                .body_timeout_secs
                .or(file.body_timeout_secs)
                .unwrap_or(30),
            idle_timeout_secs: args
                .idle_timeout_secs
                .or(file.idle_timeout_secs)
                .unwrap_or(30),
            max_connections: args.max_connections.or(file.max_connections),
            max_connections_per_ip: args
                .max_connections_per_ip
                .or(file.max_connections_per_ip)
                .unwrap_or(1024),
            emulator: args.emulator || file.emulator.unwrap_or(false),
            trusted_ca: args.trusted_ca.clone().or(file.trusted_ca),
            allow_http_oidc: args.allow_http_oidc || file.allow_http_oidc.unwrap_or(false),
            log_format: args
                .log_format
                .clone()
                .or(file.log_format)
                .unwrap_or_else(|| "text".to_owned()),
            log_level: args
                .log_level
                .clone()
                .or(file.log_level)
                .unwrap_or_else(|| "info".to_owned()),
            purge_interval_secs: file.purge_interval_secs.unwrap_or(60),
        };
        if !(1..=86_400).contains(&config.purge_interval_secs) {
            return Err("purge_interval_secs must be between 1 and 86400".to_owned());
        }
        if !["text", "json"].contains(&config.log_format.as_str()) {
            return Err(format!(
                "log_format must be `text` or `json`, not `{}`",
                config.log_format
            ));
        }
        if !(1..=3600).contains(&config.clock_skew_secs) {
            return Err("clock_skew_secs must be between 1 and 3600".to_owned());
        }
        if config.max_body_bytes < 1024 {
            return Err("max_body_bytes must be at least 1024".to_owned());
        }
        for (name, secs) in [
            ("header_timeout_secs", config.header_timeout_secs),
            ("body_timeout_secs", config.body_timeout_secs),
            ("idle_timeout_secs", config.idle_timeout_secs),
        ] {
            if !(1..=3600).contains(&secs) {
                return Err(format!("{name} must be between 1 and 3600"));
            }
        }
        if config.max_connections.is_some_and(|n| n < 16) || config.max_connections_per_ip < 1 {
            return Err(
                "max_connections must be at least 16 and max_connections_per_ip at least 1"
                    .to_owned(),
            );
        }
        if config.region.is_empty()
            || !config
                .region
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(format!("`{}` is not a region name", config.region));
        }
        Ok(config)
    }
}
