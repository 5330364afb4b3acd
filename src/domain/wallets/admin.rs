//! The admin API's side of the TSH: what a tester sets up or forces in an issuer's wallet
//! world (one-time passwords, on-file accounts, assets and which of them checkCardAccount
//! names, forced wallet card states) and what it reads back. Every call is for one of the
//! tenant's issuers, checked first.

use base64::Engine;
use chrono::{DateTime, Utc};

use super::{
    MAX_ASSETS_PER_ISSUER, WalletError, Wallets, new_guid, new_id, refuse, settle_in, tx_card,
};
use crate::domain::cards::Cards;
use crate::store::{
    AssetRecord, IssuerAssets, OnFileAccount, OtpRecord, Tenant, WalletCardChange,
    WalletCardRecord, WalletCardState, WalletKey, WalletKind,
};

impl Wallets {
    /// Mints a one-time password for provisioning one of the tenant's cards (admin API):
    /// single use, good for `ttl_secs`. Only its keyed digest is stored
    /// ([`Cards::otp_digest`]).
    pub async fn mint_otp(
        &self,
        cards: &Cards,
        tenant: &Tenant,
        issuer_id: &str,
        card_id: &str,
        ttl_secs: i64,
        now: DateTime<Utc>,
    ) -> Result<(String, DateTime<Utc>), WalletError> {
        cards.card(tenant, issuer_id, card_id)?;
        let otp = crate::domain::auth::random_string(8, b"0123456789");
        let expires_at = now + chrono::Duration::seconds(ttl_secs);
        let record = OtpRecord {
            issuer_id: issuer_id.into(),
            card_id: card_id.into(),
            expires_at,
        };
        let digest = cards.otp_digest(&otp);
        self.put_one(issuer_id, WalletKey::Otp(&digest), &record)
            .await?;
        Ok((otp, expires_at))
    }

    /// Makes an on-file account for one of the tenant's cards (admin API): the id a wallet
    /// sends as `walletCardAccountId` with cardSource ON-FILE.
    pub async fn add_on_file(
        &self,
        cards: &Cards,
        tenant: &Tenant,
        issuer_id: &str,
        card_id: &str,
        now: DateTime<Utc>,
    ) -> Result<OnFileAccount, WalletError> {
        cards.card(tenant, issuer_id, card_id)?;
        let account = OnFileAccount {
            id: new_id("ofa_"),
            issuer_id: issuer_id.into(),
            card_id: card_id.into(),
            created_at: now,
        };
        self.put_one(issuer_id, WalletKey::OnFile(&account.id), &account)
            .await?;
        Ok(account)
    }

    /// Forces a wallet card's state (admin API), outside the table: recorded as `FORCED`, and
    /// the pending tasks that no longer apply are cancelled.
    pub async fn force_state(
        &self,
        cards: &Cards,
        tenant: &Tenant,
        issuer_id: &str,
        wallet_card_id: &str,
        state: WalletCardState,
        now: DateTime<Utc>,
    ) -> Result<WalletCardRecord, WalletError> {
        cards.check_issuer(tenant, issuer_id)?;
        let changed = self
            .store
            .change_wallets(issuer_id, |tx| {
                let mut card = refuse!(tx_card(tx, wallet_card_id)?);
                card.history.push(WalletCardChange {
                    at: now,
                    event: "FORCED".into(),
                    from: Some(card.state),
                    to: state,
                });
                card.state = state;
                settle_in(tx, &mut card, now)?;
                tx.put(WalletKey::Card(wallet_card_id), &card)?;
                Ok(Ok(card))
            })
            .await??;
        Ok(changed)
    }

    /// An issuer's assets and its choice (admin API); the defaults are made on first use.
    pub async fn assets(
        &self,
        cards: &Cards,
        tenant: &Tenant,
        issuer_id: &str,
    ) -> Result<(IssuerAssets, Vec<AssetRecord>), WalletError> {
        cards.check_issuer(tenant, issuer_id)?;
        let choice = self.assets_of(issuer_id).await?;
        let all = self.store.wallet_list(issuer_id, WalletKind::Assets)?;
        Ok((choice, all))
    }

    /// Adds an asset (admin API): `content` (base64) must decode and start as its media type
    /// says; card art is an image, terms are text, HTML or PDF.
    pub async fn add_asset(
        &self,
        cards: &Cards,
        tenant: &Tenant,
        issuer_id: &str,
        kind: &str,
        content_type: &str,
        content: &str,
    ) -> Result<AssetRecord, WalletError> {
        cards.check_issuer(tenant, issuer_id)?;
        let invalid = |why: String| WalletError::Descriptor(why);
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(content)
            .map_err(|e| invalid(format!("content is not base64: {e}")))?;
        let fits = match (kind, content_type) {
            ("card-art", "image/png") => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            ("card-art", "image/jpeg") => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
            ("terms", "application/pdf") => bytes.starts_with(b"%PDF-"),
            ("terms", "text/plain" | "text/html") => std::str::from_utf8(&bytes).is_ok(),
            _ => {
                return Err(invalid(format!(
                    "a {kind} asset cannot be {content_type}: card art is image/png or \
                     image/jpeg, terms are text/plain, text/html or application/pdf"
                )));
            }
        };
        if !fits {
            return Err(invalid(format!("the content is not {content_type}")));
        }
        // The defaults first, so that they are not made later beside a full list.
        self.assets_of(issuer_id).await?;
        let asset = AssetRecord {
            guid: new_guid(),
            issuer_id: issuer_id.into(),
            kind: kind.into(),
            content_type: content_type.into(),
            content: content.into(),
        };
        let held = self
            .store
            .wallet_list::<AssetRecord>(issuer_id, WalletKind::Assets)?
            .len();
        if held >= MAX_ASSETS_PER_ISSUER {
            return Err(WalletError::Limit(format!(
                "issuer {issuer_id} holds {MAX_ASSETS_PER_ISSUER} assets already"
            )));
        }
        self.put_one(issuer_id, WalletKey::Asset(&asset.guid), &asset)
            .await?;
        Ok(asset)
    }

    /// Sets which T&C (none: not required) and card art checkCardAccount names (admin API);
    /// each must be one of the issuer's assets of that kind.
    pub async fn choose_assets(
        &self,
        cards: &Cards,
        tenant: &Tenant,
        issuer_id: &str,
        terms: Option<&str>,
        card_art: &[String],
    ) -> Result<IssuerAssets, WalletError> {
        cards.check_issuer(tenant, issuer_id)?;
        self.assets_of(issuer_id).await?;
        let choice = IssuerAssets {
            terms: terms.map(str::to_string),
            card_art: card_art.to_vec(),
        };
        let wanted: Vec<(&str, &str)> = terms
            .map(|t| (t, "terms"))
            .into_iter()
            .chain(card_art.iter().map(|g| (g.as_str(), "card-art")))
            .collect();
        self.store
            .change_wallets(issuer_id, |tx| {
                for (guid, kind) in &wanted {
                    match tx.get::<AssetRecord>(WalletKey::Asset(guid))? {
                        Some(a) if a.kind == *kind => {}
                        Some(a) => {
                            return Ok(Err(WalletError::Descriptor(format!(
                                "asset {guid} is {}, not {kind}",
                                a.kind
                            ))));
                        }
                        None => return Ok(Err(WalletError::UnknownAsset(guid.to_string()))),
                    }
                }
                tx.put(WalletKey::Assets, &choice)?;
                Ok(Ok(()))
            })
            .await??;
        Ok(choice)
    }

    /// The wallet cards of one of the tenant's issuers (admin API), optionally of one card.
    pub fn wallet_cards(
        &self,
        cards: &Cards,
        tenant: &Tenant,
        issuer_id: &str,
        card_id: Option<&str>,
    ) -> Result<Vec<WalletCardRecord>, WalletError> {
        cards.check_issuer(tenant, issuer_id)?;
        let all: Vec<WalletCardRecord> = self.store.wallet_list(issuer_id, WalletKind::Cards)?;
        Ok(all
            .into_iter()
            .filter(|c| card_id.is_none_or(|id| c.card_id == id))
            .collect())
    }
}
