//! The Gatehouse binary: command line, configuration, data directory, and wiring of the
//! store, the domain and the HTTP server.

mod config;

use std::io::Write;
use std::net::SocketAddr;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Parser, Subcommand};
use gatehouse_core::installation::RootCredentials;
use gatehouse_core::{Installation, MasterKey, SystemClock};
use gatehouse_server::{App, ServerSettings};

use crate::config::{Config, ServeArgs};

/// A request allocates and frees many small strings across the runtime's threads (and
/// the audit writer frees on another thread what a worker allocated); glibc's allocator
/// spent about an eighth of the server's CPU on that (perf, GetCallerIdentity under load).
/// jemalloc does it for less; mimalloc did too, but its per-thread pages took the peak
/// RSS of ListUsers from 38 MB to 239 MB, the blocking pool having dozens of threads.
/// jemalloc is built with `tcache_max:4096` (.cargo/config.toml): each thread caches
/// freed blocks up to 32 KiB by default, and with dozens of blocking-pool threads that
/// cache held most of the peak RSS (ListUsers: 80 MB); capped at 4 KiB it is 46 MB, at no
/// measurable cost to GetCallerIdentity (three alternating rounds each: 17.2–20.4k/s
/// against 18.5–21.7k/s with 32 KiB).
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[derive(Debug, Parser)]
#[command(
    name = "gatehouse",
    version,
    about = "A self-hosted identity federation server that speaks the AWS identity APIs"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Runs the server (creating the installation on the first start).
    Serve(ServeArgs),
    /// Accounts of the installation.
    #[command(subcommand)]
    Accounts(AccountsCommand),
    /// The key ring that seals session tokens.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Roles of any account.
    #[command(subcommand)]
    Roles(RolesCommand),
    /// Moving and backing up the store.
    #[command(subcommand)]
    Store(StoreCommand),
}

#[derive(Debug, Subcommand)]
enum StoreCommand {
    /// Copies a whole installation (accounts, entities, keys, audit) from an embedded
    /// store into PostgreSQL, then checks the counts.
    Copy {
        /// The SQLite database, e.g. gatehouse-data/gatehouse.db.
        #[arg(long)]
        from: std::path::PathBuf,
        /// The target, a postgres:// URL.
        #[arg(long)]
        to: String,
        /// Copy even into a store that already holds records.
        #[arg(long)]
        force: bool,
    },
    /// Writes a consistent snapshot of the embedded store to FILE while it serves.
    Backup {
        file: std::path::PathBuf,
        #[command(flatten)]
        args: Box<ServeArgs>,
    },
}

#[derive(Debug, Subcommand)]
enum AccountsCommand {
    /// Creates another account with its own root access key, written to
    /// DATA_DIR/accounts/NAME-credentials.json (mode 0600).
    Create {
        name: String,
        #[command(flatten)]
        args: ServeArgs,
    },
}

#[derive(Debug, Subcommand)]
enum KeysCommand {
    /// Seals new session tokens with a new key; tokens sealed before stay valid until
    /// they expire.
    Rotate {
        #[command(flatten)]
        args: ServeArgs,
    },
}

#[derive(Debug, Subcommand)]
enum RolesCommand {
    /// Denies every session of the role issued before now (the inline policy
    /// `AWSRevokeOlderSessions`).
    RevokeSessions {
        role_arn: String,
        #[command(flatten)]
        args: ServeArgs,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Accounts(AccountsCommand::Create { name, args }) => {
            admin(&args, |inst, config| create_account(inst, config, &name))
        }
        Command::Keys(KeysCommand::Rotate { args }) => admin(&args, |inst, _| rotate_keys(inst)),
        Command::Roles(RolesCommand::RevokeSessions { role_arn, args }) => {
            admin(&args, |inst, _| revoke_sessions(inst, &role_arn))
        }
        Command::Store(StoreCommand::Copy { from, to, force }) => store_copy(&from, &to, force),
        Command::Store(StoreCommand::Backup { file, args }) => store_backup(&file, &args),
        Command::Serve(args) => match Config::load(&args) {
            Ok(config) => {
                init_logging(&config);
                match run(config) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => {
                        tracing::error!("{e}");
                        eprintln!("gatehouse: {e}");
                        ExitCode::FAILURE
                    }
                }
            }
            Err(e) => {
                eprintln!("gatehouse: {e}");
                ExitCode::from(2)
            }
        },
    }
}

fn store_copy(from: &Path, to: &str, force: bool) -> ExitCode {
    let result = (|| {
        if !from.exists() {
            return Err(format!("`{}` does not exist", from.display()));
        }
        let source = gatehouse_store::SqliteStore::open(from)
            .map_err(|e| format!("cannot open `{}`: {e}", from.display()))?;
        if !(to.starts_with("postgres://") || to.starts_with("postgresql://")) {
            return Err("--to must be a postgres:// URL".to_owned());
        }
        let target = gatehouse_store::PostgresStore::open(to).map_err(|e| e.to_string())?;
        let (records, audit) =
            gatehouse_store::copy(&source, &target, force).map_err(|e| e.to_string())?;
        println!("Copied {records} records and {audit} audit events; counts verified.");
        Ok(())
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gatehouse: {e}");
            ExitCode::FAILURE
        }
    }
}

fn store_backup(file: &Path, args: &ServeArgs) -> ExitCode {
    let result = Config::load(args).and_then(|config| {
        if config.store.is_some() {
            return Err(
                "back up a PostgreSQL store with pg_dump (see the README); this command copies the embedded store".to_owned(),
            );
        }
        let db = config.data_dir.join("gatehouse.db");
        if !db.exists() {
            return Err(format!("`{}` holds no store", config.data_dir.display()));
        }
        let store = gatehouse_store::SqliteStore::open(&db).map_err(|e| e.to_string())?;
        store.backup(file).map_err(|e| e.to_string())?;
        println!("Wrote a consistent snapshot of the store to {}", file.display());
        Ok(())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gatehouse: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs an administrative command on the data directory's store, as `serve` opens it.
fn admin(
    args: &ServeArgs,
    command: impl FnOnce(&Installation, &Config) -> Result<(), String>,
) -> ExitCode {
    let result = Config::load(args).and_then(|config| {
        let db = config.data_dir.join("gatehouse.db");
        if config.store.is_none() && !db.exists() {
            return Err(format!(
                "`{}` holds no installation; run `gatehouse serve` once first",
                config.data_dir.display()
            ));
        }
        let key = master_key(&config, true)?;
        let store = open_store(&config)?;
        let installation = Installation::new(
            store,
            Arc::new(SystemClock),
            key,
            gatehouse_core::Settings {
                region: config.region.clone(),
                iam: config.iam_quotas.clone(),
                sts: config.sts_quotas.clone(),
                ..gatehouse_core::Settings::default()
            },
        );
        installation.bootstrap().map_err(|e| e.to_string())?;
        command(&installation, &config)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gatehouse: {e}");
            ExitCode::FAILURE
        }
    }
}

fn create_account(inst: &Installation, config: &Config, name: &str) -> Result<(), String> {
    let creds = inst.create_account(name).map_err(|e| e.to_string())?;
    let dir = config.data_dir.join("accounts");
    ensure_private_dir(&dir)?;
    let path = dir.join(format!("{name}-credentials.json"));
    write_root_credentials(&path, &creds)?;
    println!(
        "Created the account {} ({name}); its root credentials are in {}",
        creds.account_id,
        path.display()
    );
    Ok(())
}

fn rotate_keys(inst: &Installation) -> Result<(), String> {
    let rotated = inst.sts().rotate_keys().map_err(|e| e.to_string())?;
    println!(
        "New session tokens are sealed with key {}; older keys open their tokens until they expire",
        rotated.new_key
    );
    if !rotated.dropped.is_empty() {
        println!("Dropped expired keys {:?}", rotated.dropped);
    }
    Ok(())
}

fn revoke_sessions(inst: &Installation, role_arn: &str) -> Result<(), String> {
    let (account, name) = role_arn
        .strip_prefix("arn:")
        .and_then(|r| {
            let mut p = r.splitn(5, ':');
            let (_, service, _, account, resource) =
                (p.next()?, p.next()?, p.next()?, p.next()?, p.next()?);
            let name = resource.strip_prefix("role/")?.rsplit('/').next()?;
            (service == "iam").then_some((account, name))
        })
        .ok_or_else(|| format!("`{role_arn}` is not a role ARN"))?;
    let now = inst.clock().now().to_iso8601();
    let policy = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Deny",
            "Action": ["*"],
            "Resource": ["*"],
            "Condition": {"DateLessThan": {"aws:TokenIssueTime": now}}
        }]
    })
    .to_string();
    inst.iam()
        .put_inline_policy(
            gatehouse_core::iam::EntityKind::Role,
            account,
            name,
            "AWSRevokeOlderSessions",
            &policy,
        )
        .map_err(|e| e.to_string())?;
    println!("Sessions of {role_arn} issued before {now} are denied from now on");
    Ok(())
}

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(&config.log_level));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if config.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// Creates `path` as a private directory if it is missing.
fn ensure_private_dir(path: &Path) -> Result<(), String> {
    if !path.exists() {
        let mut b = std::fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
        b.create(path)
            .map_err(|e| format!("cannot create the data directory `{}`: {e}", path.display()))?;
    }
    Ok(())
}

/// Writes a file readable by its owner only, failing if it exists.
fn write_private(path: &Path, contents: &[u8]) -> Result<(), String> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    let mut f = o
        .open(path)
        .map_err(|e| format!("cannot create `{}`: {e}", path.display()))?;
    f.write_all(contents)
        .and_then(|()| f.sync_all())
        .map_err(|e| format!("cannot write `{}`: {e}", path.display()))
}

/// The master key: from the configured file, the environment, or the data directory
/// (generated there on the very first start).
fn master_key(config: &Config, db_exists: bool) -> Result<MasterKey, String> {
    if let Some(file) = &config.master_key_file {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read the master key file `{}`: {e}", file.display()))?;
        return MasterKey::from_text(&text).map_err(|e| e.to_string());
    }
    if let Ok(text) = std::env::var("GATEHOUSE_MASTER_KEY") {
        return MasterKey::from_text(&text).map_err(|e| format!("GATEHOUSE_MASTER_KEY: {e}"));
    }
    let path = config.data_dir.join("master.key");
    if path.exists() {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
        return MasterKey::from_text(&text).map_err(|e| e.to_string());
    }
    if db_exists {
        return Err(format!(
            "`{}` holds a store but no master.key; give the installation's key with --master-key-file or GATEHOUSE_MASTER_KEY",
            config.data_dir.display()
        ));
    }
    let key = MasterKey::generate();
    let mut text = key.to_text().to_string();
    text.push('\n');
    write_private(&path, text.as_bytes())?;
    Ok(key)
}

fn write_root_credentials(path: &Path, creds: &RootCredentials) -> Result<(), String> {
    let doc = serde_json::json!({
        "AccountId": creds.account_id,
        "AccessKeyId": creds.access_key_id,
        "SecretAccessKey": creds.secret_access_key.expose(),
    });
    let mut text = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?;
    text.push('\n');
    write_private(path, text.as_bytes())
}

/// The configured store: PostgreSQL when `store` names one, else the data directory's
/// SQLite database.
fn open_store(config: &Config) -> Result<Arc<dyn gatehouse_core::Store>, String> {
    gatehouse_store::open(config.store.as_deref(), &config.data_dir).map_err(|e| {
        match &config.store {
            Some(_) => format!("cannot open the PostgreSQL store: {e}"),
            None => format!(
                "cannot open the store `{}`: {e}",
                config.data_dir.join("gatehouse.db").display()
            ),
        }
    })
}

fn run(config: Config) -> Result<(), String> {
    ensure_private_dir(&config.data_dir)?;
    let db = config.data_dir.join("gatehouse.db");
    let db_exists = config.store.is_none() && db.exists();
    let key = master_key(&config, db_exists)?;
    let store = open_store(&config)?;
    let settings = gatehouse_core::Settings {
        region: config.region.clone(),
        iam: config.iam_quotas.clone(),
        sts: config.sts_quotas.clone(),
        ..gatehouse_core::Settings::default()
    };
    let installation = Arc::new(Installation::new(
        Arc::clone(&store),
        Arc::new(SystemClock),
        key,
        settings,
    ));
    let boot = installation.bootstrap().map_err(|e| e.to_string())?;
    installation
        .iam()
        .seed_aws_managed_policies()
        .map_err(|e| format!("cannot create the AWS managed policies: {e}"))?;
    let creds_path = config.data_dir.join("root-credentials.json");
    if let Some(creds) = &boot.created {
        write_root_credentials(&creds_path, creds)?;
        println!(
            "Created the management account {}; its root credentials are in {}",
            creds.account_id,
            creds_path.display()
        );
    } else {
        println!(
            "Management account {}; root credentials in {}",
            boot.management_account_id,
            creds_path.display()
        );
    }
    let tls = match (&config.tls_cert, &config.tls_key) {
        (Some(c), Some(k)) => {
            Some(gatehouse_server::tls::server_config(c, k).map_err(|e| e.to_string())?)
        }
        (None, None) => None,
        _ => return Err("--tls-cert and --tls-key go together".to_owned()),
    };
    let app = App::new(
        Arc::clone(&installation),
        boot.management_account_id.clone(),
        ServerSettings {
            clock_skew_secs: config.clock_skew_secs,
            max_body_bytes: config.max_body_bytes,
            public_url: config.public_url.clone(),
            emulator: config.emulator,
            oidc_trusted_ca: config.trusted_ca.clone(),
            allow_http_oidc: config.allow_http_oidc,
            purge_interval_secs: config.purge_interval_secs,
            body_timeout_secs: config.body_timeout_secs,
            ..ServerSettings::default()
        },
    );
    let limits = connection_limits(&config);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
        let local: SocketAddr = listener.local_addr().map_err(|e| e.to_string())?;
        let scheme = if tls.is_some() { "https" } else { "http" };
        tracing::info!(address = %local, region = %config.region, "gatehouse is serving");
        println!("Listening on {scheme}://{local}");
        if config.emulator {
            tracing::warn!("EMULATOR MODE: unknown access keys are accepted as root users without signature checks");
            println!("WARNING: emulator mode is on: unknown access keys are accepted WITHOUT signature checks");
        }
        app.set_ready(true);
        gatehouse_server::serve(
            listener,
            app,
            tls,
            limits,
            shutdown_signal(),
            Duration::from_secs(20),
        )
        .await
        .map_err(|e| e.to_string())
    })?;
    tracing::info!("gatehouse stopped");
    Ok(())
}

/// The listener's limits. The file-descriptor limit is raised to the hard limit first, so
/// the connection cap can sit below it: over the cap the server closes connections itself
/// instead of `accept` failing for every client.
fn connection_limits(config: &Config) -> gatehouse_server::ConnectionLimits {
    let fds = match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(n) => n,
        Err(e) => {
            tracing::warn!(error = %e, "cannot read or raise the file-descriptor limit");
            1024
        }
    };
    let from_fds = usize::try_from(fds.saturating_sub(256))
        .unwrap_or(usize::MAX)
        .clamp(16, 16_384);
    let max_connections = match config.max_connections {
        Some(n) if n > from_fds => {
            tracing::warn!(
                requested = n,
                allowed = from_fds,
                "max_connections is above what the file-descriptor limit allows; lowered"
            );
            from_fds
        }
        Some(n) => n,
        None => from_fds,
    };
    gatehouse_server::ConnectionLimits {
        header_timeout: Duration::from_secs(config.header_timeout_secs),
        idle_timeout: Duration::from_secs(config.idle_timeout_secs),
        max_connections,
        max_connections_per_ip: config.max_connections_per_ip,
    }
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
    tracing::info!("shutting down");
}
