//! The `d1-sandbox` command: parses arguments and runs them with the library's
//! [`d1_sandbox::cli`], which holds every command.

use std::process::ExitCode;

use clap::Parser;
use d1_sandbox::cli::{Cli, run};

// mimalloc: a request makes a few dozen short-lived allocations, and glibc's malloc/free were
// about a fifth of the instructions spent per request (callgrind, see bench/PROFILE.md). Built
// with `no_thp`: with transparent huge pages its arenas made an idle server 90 MB resident
// instead of 36 MB.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    // Whatever this process creates (the store's files, the key file) is private to its owner.
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file-creation mask.
    unsafe {
        libc::umask(0o077);
    }
    run(Cli::parse()).await
}
