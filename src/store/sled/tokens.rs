//! Tokens of the token notifications, keyed `<tenant id>/<merchantId>/<tokenId>`.

use super::super::Result;
use super::super::records::*;
use super::{SledStore, TOKENS, decode, encode};

fn token_key(tenant_id: &str, merchant_id: &str, token_id: &str) -> String {
    format!("{tenant_id}/{merchant_id}/{token_id}")
}

impl SledStore {
    /// Stores a token as created (replacing what was known of it); durable on return.
    pub(in crate::store) async fn put_token(
        &self,
        tenant_id: &str,
        record: &TokenRecord,
    ) -> Result<()> {
        let key = token_key(tenant_id, &record.merchant_id, &record.token_id);
        self.tokens.insert(key.as_bytes(), encode(record))?;
        self.flush().await
    }

    /// A token, if known.
    pub(in crate::store) fn token(
        &self,
        tenant_id: &str,
        merchant_id: &str,
        token_id: &str,
    ) -> Result<Option<TokenRecord>> {
        self.tokens
            .get(token_key(tenant_id, merchant_id, token_id).as_bytes())?
            .map(|v| decode(TOKENS, &v))
            .transpose()
    }

    /// Whether a token is known (without decoding it).
    pub(in crate::store) fn has_token(
        &self,
        tenant_id: &str,
        merchant_id: &str,
        token_id: &str,
    ) -> Result<bool> {
        Ok(self
            .tokens
            .contains_key(token_key(tenant_id, merchant_id, token_id).as_bytes())?)
    }

    /// Applies `apply`'s record to a known token, or discards the update when `apply` says so;
    /// atomic against concurrent updates of the same token, durable on return.
    pub(in crate::store) async fn update_token(
        &self,
        tenant_id: &str,
        merchant_id: &str,
        token_id: &str,
        apply: impl Fn(&TokenRecord) -> Option<TokenRecord>,
    ) -> Result<UpdateOutcome> {
        let key = token_key(tenant_id, merchant_id, token_id);
        loop {
            let Some(current) = self.tokens.get(key.as_bytes())? else {
                self.flush().await?;
                return Ok(UpdateOutcome::Unknown);
            };
            let record: TokenRecord = decode(TOKENS, &current)?;
            let Some(updated) = apply(&record) else {
                // The newer update may still be waiting for its flush: answer once it is durable.
                self.flush().await?;
                return Ok(UpdateOutcome::Obsolete);
            };
            let swapped = self.tokens.compare_and_swap(
                key.as_bytes(),
                Some(current),
                Some(encode(&updated)),
            )?;
            if swapped.is_ok() {
                self.flush().await?;
                return Ok(UpdateOutcome::Applied);
            }
            // Another update of the same token won the race: decide again against it.
        }
    }
}
