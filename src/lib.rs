//! d1-sandbox: a spec-first, stateful sandbox for the Thales D1 partner APIs.
//!
//! The API contract lives in `openapi/`; see `openapi/README.md` for what each document covers.
