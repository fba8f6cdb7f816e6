//! `mujaz serve`: the HTTP API and web page.

use std::net::SocketAddr;
use std::time::Duration;

use clap::Args;

use crate::Failure;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mujaz serve                              http://127.0.0.1:8080/\n  mujaz serve --addr 0.0.0.0:9000 --max-concurrency 16\n  curl -s localhost:8080/v1/summarize -d '{\"text\":\"...\",\"mode\":\"headline\"}'"
)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "MUJAZ_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Largest request body in bytes.
    #[arg(long, env = "MUJAZ_BODY_LIMIT", default_value_t = 10 * 1024 * 1024)]
    body_limit: usize,
    /// Most documents in one batch request.
    #[arg(long, env = "MUJAZ_MAX_BATCH", default_value_t = 1000)]
    max_batch: usize,
    /// Per-request deadline in seconds.
    #[arg(long, env = "MUJAZ_TIMEOUT", default_value_t = 30.0)]
    timeout: f64,
    /// Requests doing work at once; more wait in a queue.
    #[arg(long, env = "MUJAZ_MAX_CONCURRENCY", default_value_t = 64)]
    max_concurrency: usize,
    /// Requests waiting for a worker; more get 503 at once.
    #[arg(long, env = "MUJAZ_MAX_QUEUE", default_value_t = 1024)]
    max_queue: usize,
}

pub fn run(args: ServeArgs) -> Result<(), Failure> {
    if !(args.timeout > 0.0 && args.timeout.is_finite()) {
        return Err(Failure::usage(
            "--timeout must be a positive number of seconds",
        ));
    }
    let config = mujaz_server::Config {
        addr: args.addr,
        body_limit: args.body_limit,
        max_batch: args.max_batch,
        timeout: Duration::from_secs_f64(args.timeout),
        max_concurrency: args.max_concurrency,
        max_queue: args.max_queue,
    };
    let rt = tokio::runtime::Runtime::new()
        .map_err(|e| Failure::input(format!("cannot start runtime: {e}")))?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(|e| Failure::input(format!("cannot listen on {}: {e}", config.addr)))?;
        let local = listener.local_addr().map_err(Failure::from)?;
        eprintln!("{}", serde_json::json!({"event": "listening", "addr": local.to_string(), "url": format!("http://{local}/")}));
        mujaz_server::serve(listener, config).await.map_err(Failure::from)
    })
}
