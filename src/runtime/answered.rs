//! The status a generated client's call was answered with, kept even when the client cannot
//! read the answer's body. progenitor reports a body its document does not allow (or none
//! where one is declared) as `InvalidResponsePayload`, which carries no status; every
//! generated client calls [`observe`] as its post hook, so a caller that runs the call inside
//! [`status_of`] learns the status all the same (a partner's `503` with no body is recorded
//! as a 503, not as an unreadable answer of no status).

use std::cell::Cell;
use std::future::Future;

tokio::task_local! {
    static ANSWERED: Cell<Option<u16>>;
}

/// The generated clients' post hook: notes the answer's status for [`status_of`], when a
/// caller asked for it (otherwise it does nothing).
pub fn observe(result: &Result<reqwest::Response, reqwest::Error>) {
    if let Ok(response) = result {
        let status = response.status().as_u16();
        let _ = ANSWERED.try_with(|cell| cell.set(Some(status)));
    }
}

/// Runs `call` (one generated client call) and gives its result with the status the partner
/// answered, if an answer came.
pub async fn status_of<F: Future>(call: F) -> (F::Output, Option<u16>) {
    ANSWERED
        .scope(Cell::new(None), async {
            let output = call.await;
            (output, ANSWERED.with(Cell::get))
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn outside_a_scope_the_hook_does_nothing_and_inside_it_keeps_no_stale_status() {
        // No scope: nothing to note, and no panic.
        let refused = reqwest::Client::new()
            .get("http://127.0.0.1:9/")
            .send()
            .await;
        observe(&refused);
        let ((), status) = status_of(async { observe(&refused) }).await;
        assert_eq!(status, None, "no answer came: no status");
    }
}
