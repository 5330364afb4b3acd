//! Opening the store of a stopped server, for `keys` and `tenant`: the only commands that
//! open it (sled allows one process per store; every other command asks a running server).

use std::path::Path;

use crate::crypto::seal::SealingKey;
use crate::store::Store;

use super::common::ToolError;

/// Opens the store of a stopped server (sled allows one process per store: a running server
/// makes this fail with [`ToolError::InUse`]). Never creates a store or its key.
pub fn open_stopped(data_dir: &Path, key_file: Option<&Path>) -> Result<Store, ToolError> {
    if !data_dir.join("store").exists() {
        return Err(ToolError::NoStore(data_dir.display().to_string()));
    }
    let key_file = key_file
        .map(Path::to_path_buf)
        .unwrap_or_else(|| crate::domain::default_key_file(data_dir));
    // An existing store's key is never created here: a missing one is an error.
    Ok(Store::open(data_dir, |_| {
        SealingKey::load_or_create(&key_file, false)
    })?)
}
