//! The benchmark's baseline: the physical limit of d1-sandbox's own stack. A minimal poem server
//! on the same runtime that answers every request with a fixed small JSON body — no routing
//! beyond a catch-all, no validation, no authentication, no store. A POST is answered 204 No
//! Content at once: the delivery benchmark's receiver (a partner that accepts everything).
//!
//! `cargo run --release --example baseline -- 127.0.0.1:0` prints `listening on http://ADDR`.

use poem::http::StatusCode;
use poem::listener::{Acceptor, Listener, TcpListener};
use poem::web::Json;
use poem::{EndpointExt, Route, get, handler};

// The same allocator as d1-sandbox, so the ratio compares the request path, not allocators.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[handler]
fn answer() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

#[handler]
fn accept() -> StatusCode {
    StatusCode::NO_CONTENT
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let listen = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:0".to_string());
    let acceptor = TcpListener::bind(listen).into_acceptor().await?;
    let addr = acceptor.local_addr()[0]
        .as_socket_addr()
        .copied()
        .expect("a TCP address");
    println!("listening on http://{addr}");
    let app = Route::new()
        .at("/*path", get(answer).post(accept))
        .map_to_response();
    poem::Server::new_with_acceptor(acceptor).run(app).await
}
