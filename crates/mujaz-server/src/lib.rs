//! # mujaz-server
//!
//! The HTTP side of mujaz (axum + tokio): a JSON API over the summarizer and the Arabic
//! ROUGE, Prometheus metrics, an OpenAPI document, and a right-to-left web page served by
//! the binary itself. CPU work runs on the blocking pool, behind a concurrency limit and a
//! per-request deadline; every error is a JSON body `{"error": {"kind", "message"}}`.

#![warn(missing_docs)]

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::sync::Semaphore;

use mujaz_rouge::{MultiRef, Rouge, Scorer};
use mujaz_summarize::{Algorithm, CompressOptions, Length, Mode, Options, Summarizer};

/// Server limits and address.
#[derive(Clone, Debug)]
pub struct Config {
    /// Listen address (default loopback).
    pub addr: SocketAddr,
    /// Largest request body in bytes.
    pub body_limit: usize,
    /// Most documents in one batch request.
    pub max_batch: usize,
    /// Deadline for one request's work.
    pub timeout: Duration,
    /// Requests doing CPU work at once; more wait in a queue.
    pub max_concurrency: usize,
    /// Requests waiting for a worker at once; more get 503 at once.
    pub max_queue: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            body_limit: 10 * 1024 * 1024,
            max_batch: 1000,
            timeout: Duration::from_secs(30),
            max_concurrency: 64,
            max_queue: 1024,
        }
    }
}

/// Request counters for `/metrics`.
#[derive(Default)]
struct Metrics {
    by_route: Mutex<std::collections::BTreeMap<(String, u16), u64>>,
    latency_sum_us: AtomicU64,
    latency_count: AtomicU64,
    /// Cumulative counts for the latency histogram buckets (seconds).
    buckets: [AtomicU64; 8],
    documents: AtomicU64,
    document_errors: AtomicU64,
}

const BUCKETS: [f64; 8] = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0];

struct AppState {
    summarizer: Summarizer,
    rouge: Rouge,
    config: Config,
    permits: Semaphore,
    waiting: std::sync::atomic::AtomicUsize,
    metrics: Metrics,
}

/// An API error: status and JSON body.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    kind: &'static str,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, kind: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            kind,
            message: message.into(),
        }
    }
    fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "bad_request", message)
    }
    fn invalid(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_option", message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({"error": {"kind": self.kind, "message": self.message}});
        (self.status, axum::Json(body)).into_response()
    }
}

/// Options shared by the summarize endpoints.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionsBody {
    mode: Option<String>,
    algorithm: Option<String>,
    sentences: Option<usize>,
    words: Option<usize>,
    ratio: Option<f64>,
    /// Span-deleting compression (absent: the mode's default).
    compress: Option<CompressOptions>,
    /// The texts are HTML pages (see [`Summarizer::summarize_html`]).
    #[serde(default)]
    html: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SummarizeBody {
    text: String,
    title: Option<String>,
    #[serde(flatten)]
    options: OptionsBody,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BatchDoc {
    id: Option<Value>,
    text: String,
    title: Option<String>,
}

#[derive(Debug, Deserialize)]
struct BatchBody {
    documents: Vec<BatchDoc>,
    #[serde(flatten)]
    options: OptionsBody,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RougeBody {
    references: Vec<String>,
    candidate: String,
    compat: Option<String>,
}

fn options(o: &OptionsBody) -> Result<Options, ApiError> {
    let mode = match &o.mode {
        None => Mode::Standfirst,
        Some(m) => m.parse().map_err(ApiError::invalid)?,
    };
    let algorithm = match &o.algorithm {
        None => Algorithm::Learned,
        Some(a) => a.parse().map_err(ApiError::invalid)?,
    };
    let length = match (o.sentences, o.words, o.ratio) {
        (None, None, None) => None,
        (Some(n), None, None) => Some(Length::Sentences(n)),
        (None, Some(n), None) => Some(Length::Words(n)),
        (None, None, Some(r)) => Some(Length::Ratio(r)),
        _ => {
            return Err(ApiError::invalid(
                "give at most one of sentences, words and ratio",
            ))
        }
    };
    let opts = Options {
        mode,
        algorithm,
        length,
        compress: o.compress.clone(),
        ..Options::default()
    };
    opts.validate()
        .map_err(|e| ApiError::invalid(e.to_string()))?;
    Ok(opts)
}

/// Read and parse a JSON body within the size limit: 413 when too large, 400 when not JSON
/// of the right shape.
async fn json_body<T: serde::de::DeserializeOwned>(
    state: &AppState,
    req: Request,
) -> Result<T, ApiError> {
    let bytes: Bytes = axum::body::to_bytes(req.into_body(), state.config.body_limit)
        .await
        .map_err(|e| {
            let too_large = std::error::Error::source(&e)
                .is_some_and(|s| s.to_string().contains("length limit"))
                || e.to_string().contains("length limit");
            if too_large {
                ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "too_large",
                    format!("body over {} bytes", state.config.body_limit),
                )
            } else {
                ApiError::bad_request(format!("cannot read body: {e}"))
            }
        })?;
    serde_json::from_slice(&bytes).map_err(|e| ApiError::bad_request(format!("invalid JSON: {e}")))
}

/// Run CPU work on the blocking pool, under the concurrency limit and the deadline.
async fn cpu<T: Send + 'static>(
    state: &Arc<AppState>,
    work: impl FnOnce(&AppState) -> T + Send + 'static,
) -> Result<T, ApiError> {
    let start = Instant::now();
    // Wait for a worker slot in a bounded queue; past the bound, shed load at once.
    if state.waiting.fetch_add(1, Ordering::AcqRel) >= state.config.max_queue {
        state.waiting.fetch_sub(1, Ordering::AcqRel);
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "overloaded",
            "too many requests waiting; retry later",
        ));
    }
    let acquired = tokio::time::timeout(state.config.timeout, state.permits.acquire()).await;
    state.waiting.fetch_sub(1, Ordering::AcqRel);
    let permit = match acquired {
        Ok(Ok(p)) => p,
        _ => {
            return Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "timeout",
                "no worker became free before the deadline",
            ))
        }
    };
    let remaining = state.config.timeout.saturating_sub(start.elapsed());
    let st = Arc::clone(state);
    let task = tokio::task::spawn_blocking(move || work(&st));
    let out = tokio::time::timeout(remaining, task).await;
    drop(permit);
    match out {
        Err(_) => Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "timeout",
            format!("request took longer than {:?}", state.config.timeout),
        )),
        Ok(Err(e)) => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            format!("worker failed: {e}"),
        )),
        Ok(Ok(v)) => Ok(v),
    }
}

fn summary_value(
    state: &AppState,
    text: &str,
    title: Option<String>,
    opts: &Options,
    html: bool,
) -> Result<Value, (String, String)> {
    let o = Options {
        title,
        ..opts.clone()
    };
    state.metrics.documents.fetch_add(1, Ordering::Relaxed);
    let summary = if html {
        state.summarizer.summarize_html(text, &o)
    } else {
        state.summarizer.summarize(text, &o)
    };
    match summary {
        Ok(s) => Ok(serde_json::to_value(&s).expect("summary serializes")),
        Err(e) => {
            state
                .metrics
                .document_errors
                .fetch_add(1, Ordering::Relaxed);
            Err((e.kind().to_string(), e.to_string()))
        }
    }
}

async fn summarize(State(state): State<Arc<AppState>>, req: Request) -> Result<Response, ApiError> {
    let body: SummarizeBody = json_body(&state, req).await?;
    let opts = options(&body.options)?;
    let html = body.options.html;
    let out = cpu(&state, move |st| {
        summary_value(st, &body.text, body.title, &opts, html)
    })
    .await?;
    match out {
        Ok(v) => Ok(axum::Json(v).into_response()),
        Err((kind, message)) => Ok(ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            kind: if kind == "empty" {
                "empty"
            } else {
                "no_arabic"
            },
            message,
        }
        .into_response()),
    }
}

async fn summarize_batch(
    State(state): State<Arc<AppState>>,
    req: Request,
) -> Result<Response, ApiError> {
    let body: BatchBody = json_body(&state, req).await?;
    if body.documents.len() > state.config.max_batch {
        return Err(ApiError::invalid(format!(
            "{} documents; at most {} per batch",
            body.documents.len(),
            state.config.max_batch
        )));
    }
    let opts = options(&body.options)?;
    let html = body.options.html;
    let results = cpu(&state, move |st| {
        body.documents
            .into_iter()
            .map(|d| {
                let mut v = match summary_value(st, &d.text, d.title, &opts, html) {
                    Ok(v) => v,
                    Err((kind, message)) => json!({"error": {"kind": kind, "message": message}}),
                };
                if let (Some(id), Some(obj)) = (d.id, v.as_object_mut()) {
                    let mut with_id = serde_json::Map::new();
                    with_id.insert("id".into(), id);
                    with_id.extend(std::mem::take(obj));
                    *obj = with_id;
                }
                v
            })
            .collect::<Vec<Value>>()
    })
    .await?;
    Ok(axum::Json(json!({ "results": results })).into_response())
}

async fn rouge(State(state): State<Arc<AppState>>, req: Request) -> Result<Response, ApiError> {
    let body: RougeBody = json_body(&state, req).await?;
    if body.references.is_empty() {
        return Err(ApiError::invalid("references is empty"));
    }
    let compat = body.compat.clone();
    match compat.as_deref() {
        None | Some("xlsum") => {}
        Some(other) => {
            return Err(ApiError::invalid(format!(
                "unknown compat '{other}' (expected xlsum)"
            )))
        }
    }
    let out = cpu(&state, move |st| -> Result<Value, ApiError> {
        let refs: Vec<&str> = body.references.iter().map(|s| s.as_str()).collect();
        let score = match body.compat.as_deref() {
            Some(_) => {
                let x = mujaz_rouge::xlsum::XlsumRouge::new(None).map_err(|e| {
                    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "nltk_data_missing", e)
                })?;
                Scorer::Xlsum(x).score_multi(&refs, &body.candidate, MultiRef::Max)
            }
            None => st.rouge.score_multi(&refs, &body.candidate, MultiRef::Max),
        };
        Ok(serde_json::to_value(score).expect("score serializes"))
    })
    .await??;
    Ok(axum::Json(out).into_response())
}

async fn healthz() -> Response {
    axum::Json(json!({"status": "ok"})).into_response()
}

async fn metrics(State(state): State<Arc<AppState>>) -> Response {
    let m = &state.metrics;
    let mut out = String::new();
    out.push_str("# HELP mujaz_requests_total HTTP requests by route and status.\n# TYPE mujaz_requests_total counter\n");
    if let Ok(map) = m.by_route.lock() {
        for ((route, status), n) in map.iter() {
            out.push_str(&format!(
                "mujaz_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}\n"
            ));
        }
    }
    out.push_str("# HELP mujaz_request_duration_seconds Request latency.\n# TYPE mujaz_request_duration_seconds histogram\n");
    for (i, b) in BUCKETS.iter().enumerate() {
        out.push_str(&format!(
            "mujaz_request_duration_seconds_bucket{{le=\"{b}\"}} {}\n",
            m.buckets[i].load(Ordering::Relaxed)
        ));
    }
    let count = m.latency_count.load(Ordering::Relaxed);
    out.push_str(&format!(
        "mujaz_request_duration_seconds_bucket{{le=\"+Inf\"}} {count}\n"
    ));
    out.push_str(&format!(
        "mujaz_request_duration_seconds_sum {}\nmujaz_request_duration_seconds_count {count}\n",
        m.latency_sum_us.load(Ordering::Relaxed) as f64 / 1e6
    ));
    out.push_str(&format!(
        "# HELP mujaz_documents_total Documents summarized.\n# TYPE mujaz_documents_total counter\nmujaz_documents_total {}\n",
        m.documents.load(Ordering::Relaxed)
    ));
    out.push_str(&format!(
        "# HELP mujaz_document_errors_total Documents that could not be summarized.\n# TYPE mujaz_document_errors_total counter\nmujaz_document_errors_total {}\n",
        m.document_errors.load(Ordering::Relaxed)
    ));
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], out).into_response()
}

/// The OpenAPI 3 document describing the routes.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");
/// The web page.
pub const INDEX_HTML: &str = include_str!("index.html");

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI_JSON).into_response()
}

async fn index() -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        INDEX_HTML,
    )
        .into_response()
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "no such route")
}

/// Counts, times and logs every request (one JSON line on stderr).
async fn observe(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let resp = next.run(req).await;
    let elapsed = start.elapsed();
    let status = resp.status().as_u16();
    let m = &state.metrics;
    let route = match path.as_str() {
        "/"
        | "/healthz"
        | "/metrics"
        | "/openapi.json"
        | "/v1/summarize"
        | "/v1/summarize/batch"
        | "/v1/rouge" => path.clone(),
        _ => "other".to_string(),
    };
    if let Ok(mut map) = m.by_route.lock() {
        *map.entry((route, status)).or_default() += 1;
    }
    m.latency_sum_us
        .fetch_add(elapsed.as_micros() as u64, Ordering::Relaxed);
    m.latency_count.fetch_add(1, Ordering::Relaxed);
    let secs = elapsed.as_secs_f64();
    for (i, b) in BUCKETS.iter().enumerate() {
        if secs <= *b {
            m.buckets[i].fetch_add(1, Ordering::Relaxed);
        }
    }
    if path != "/healthz" && path != "/metrics" {
        eprintln!(
            "{}",
            json!({"method": method.as_str(), "path": path, "status": status, "ms": (secs * 1000.0 * 1000.0).round() / 1000.0})
        );
    }
    resp
}

/// Build the application router.
pub fn router(config: Config) -> Router {
    let state = Arc::new(AppState {
        summarizer: Summarizer::default(),
        rouge: Rouge::default(),
        permits: Semaphore::new(config.max_concurrency.max(1)),
        waiting: std::sync::atomic::AtomicUsize::new(0),
        config,
        metrics: Metrics::default(),
    });
    Router::new()
        .route("/", get(index))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/openapi.json", get(openapi))
        .route("/v1/summarize", post(summarize))
        .route("/v1/summarize/batch", post(summarize_batch))
        .route("/v1/rouge", post(rouge))
        .fallback(not_found)
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "method not allowed",
            )
        })
        .layer(middleware::from_fn_with_state(Arc::clone(&state), observe))
        .with_state(state)
}

/// Serve until SIGINT or SIGTERM, then finish the requests in flight.
pub async fn serve(listener: tokio::net::TcpListener, config: Config) -> std::io::Result<()> {
    let app = router(config);
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    eprintln!(
        "{}",
        json!({"event": "shutdown", "message": "finishing requests in flight"})
    );
}
