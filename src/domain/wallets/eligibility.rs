//! checkCardAccount and the assets: which card a descriptor names, and whether the issuer
//! would let it into a wallet.
//!
//! Invariant: the card data a descriptor carries is decrypted to find the card and never kept;
//! an unknown card is refused, never registered (the TSH API has no credential).

use super::*;

/// Where the card of a descriptor comes from (`cardSource`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `ON-FILE`: an account the issuer holds.
    OnFile,
    /// `USER-INPUT`, `CLIENT-SDK`, `READER-MODE`: card data as a JWE to the issuer's key.
    Opaque,
}

/// A card account descriptor as sent.
#[derive(Debug, Clone, Default)]
pub struct Descriptor {
    /// `walletCardAccountId` (ON-FILE).
    pub on_file_id: Option<String>,
    /// `opaqueCardAccountData` (the other sources).
    pub opaque: Option<String>,
}

/// What checkCardAccount answers for an eligible card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Eligible {
    /// The T&C's GUID, or [`NO_TERMS`].
    pub terms_id: String,
    /// The card art GUIDs.
    pub card_art: Vec<String>,
}

/// The card a descriptor named, as the issuer that holds it knows it.
#[derive(Debug, Clone)]
pub(super) struct Resolved {
    pub(super) card_id: String,
    pub(super) last_four: String,
    pub(super) remote: bool,
}

impl Wallets {
    /// The issuer's asset choice, made (with the default assets) on first use.
    pub(super) async fn assets_of(&self, issuer_id: &str) -> Result<IssuerAssets, WalletError> {
        if let Some(assets) = self.store.wallet_get(issuer_id, WalletKey::Assets).await? {
            return Ok(assets);
        }
        let b64 = base64::engine::general_purpose::STANDARD;
        let terms = AssetRecord {
            guid: new_guid(),
            issuer_id: issuer_id.into(),
            kind: "terms".into(),
            content_type: "text/plain".into(),
            content: b64.encode(DEFAULT_TERMS),
        };
        let art = AssetRecord {
            guid: new_guid(),
            issuer_id: issuer_id.into(),
            kind: "card-art".into(),
            content_type: "image/png".into(),
            content: b64.encode(DEFAULT_CARD_ART),
        };
        let made = self
            .store
            .change_wallets(issuer_id, |tx| {
                // Made meanwhile by another request: that one stands.
                if let Some(existing) = tx.get::<IssuerAssets>(WalletKey::Assets)? {
                    return Ok(Ok::<_, WalletError>(existing));
                }
                let choice = IssuerAssets {
                    terms: Some(terms.guid.clone()),
                    card_art: vec![art.guid.clone()],
                };
                tx.put(WalletKey::Asset(&terms.guid), &terms)?;
                tx.put(WalletKey::Asset(&art.guid), &art)?;
                tx.put(WalletKey::Assets, &choice)?;
                Ok(Ok(choice))
            })
            .await??;
        Ok(made)
    }

    /// Finds the card a descriptor names and checks it as the issuer would; the card.
    pub(super) async fn resolve(
        &self,
        cards: &Cards,
        tenant: &Tenant,
        issuer_id: &str,
        source: Option<Source>,
        descriptor: &Descriptor,
        now: DateTime<Utc>,
    ) -> Result<Resolved, WalletError> {
        let source = match (source, &descriptor.on_file_id, &descriptor.opaque) {
            (_, Some(_), Some(_)) => {
                return Err(WalletError::Descriptor(
                    "give walletCardAccountId or opaqueCardAccountData, not both".into(),
                ));
            }
            (Some(Source::OnFile), None, _) => {
                return Err(WalletError::Descriptor(
                    "cardSource ON-FILE needs cardAccountDescriptor.walletCardAccountId".into(),
                ));
            }
            (Some(Source::Opaque), _, None) => {
                return Err(WalletError::Descriptor(
                    "this cardSource needs cardAccountDescriptor.opaqueCardAccountData".into(),
                ));
            }
            (_, None, None) => {
                return Err(WalletError::Descriptor(
                    "cardAccountDescriptor is empty: give walletCardAccountId (ON-FILE) or \
                     opaqueCardAccountData"
                        .into(),
                ));
            }
            (_, Some(_), None) => Source::OnFile,
            (_, None, Some(_)) => Source::Opaque,
        };
        let unknown = || WalletError::UnknownCardAccount(issuer_id.to_string());
        let card = match source {
            Source::OnFile => {
                let id = descriptor.on_file_id.as_deref().unwrap_or_default();
                let account: OnFileAccount = self
                    .store
                    .wallet_get(issuer_id, WalletKey::OnFile(id))
                    .await?
                    .ok_or_else(unknown)?;
                let card = cards
                    .card(tenant, issuer_id, &account.card_id)
                    .map_err(|_| unknown())?;
                let expired = Expiry::parse(&card.exp).is_none_or(|e| e.is_past(now));
                let verdict = Verification {
                    card_id: card.card_id.clone(),
                    consumer_id: Some(card.consumer_id.clone()),
                    invalid: matches!(card.state, CardState::Suspended | CardState::Deleted),
                    expired,
                    lost_or_stolen: matches!(card.state, CardState::Lost | CardState::Stolen),
                    fraud_suspect: card.state == CardState::FraudSuspect,
                    security_code: None,
                };
                eligible(&verdict)?;
                Resolved {
                    card_id: card.card_id,
                    last_four: card.last_four,
                    remote: false,
                }
            }
            Source::Opaque => {
                let jwe = descriptor.opaque.as_deref().unwrap_or_default();
                let proposed = format!("card-{}", &new_id("")[..12]);
                let data = cards
                    .decrypt_card_data(jwe)
                    .map_err(|e| WalletError::CardData(e.to_string()))?;
                // A registered issuer endpoint verifies the card, as D1 would ask it.
                if let Some((remote, partner)) = self.remote_issuer(tenant, issuer_id)? {
                    // Why it failed is logged, not answered: the TSH's callers have no
                    // credential, and the reason may name the endpoint's URLs.
                    let verdict =
                        remote
                            .verify(&partner, &data, &proposed)
                            .await
                            .map_err(|why| {
                                tracing::warn!(
                                    issuer = issuer_id,
                                    why,
                                    "the issuer's endpoint did not verify a card"
                                );
                                WalletError::IssuerUnavailable(
                                    "no readable verifyCard answer (see the server's log)".into(),
                                )
                            })?;
                    if verdict.consumer_id.is_none() && verdict.card_id == proposed {
                        return Err(unknown());
                    }
                    eligible(&verdict)?;
                    let last_four = data.pan[data.pan.len().saturating_sub(4)..].to_string();
                    return Ok(Resolved {
                        card_id: verdict.card_id,
                        last_four,
                        remote: true,
                    });
                }
                // Only a card the issuer holds: the TSH API has no credential, so an unknown
                // card is refused rather than registered (verifyCard may register it).
                let verdict = cards
                    .check_known(tenant, issuer_id, &data, now)
                    .await?
                    .ok_or_else(unknown)?;
                eligible(&verdict)?;
                let card = cards
                    .card(tenant, issuer_id, &verdict.card_id)
                    .map_err(|_| unknown())?;
                Resolved {
                    card_id: card.card_id,
                    last_four: card.last_four,
                    remote: false,
                }
            }
        };
        Ok(card)
    }

    /// checkCardAccount: whether the card may be added, and what the user must be shown.
    pub async fn check_card_account(
        &self,
        cards: &Cards,
        issuer_id: &str,
        source: Source,
        descriptor: &Descriptor,
        now: DateTime<Utc>,
    ) -> Result<Eligible, WalletError> {
        let tenant = self.owner(issuer_id)?;
        self.resolve(cards, &tenant, issuer_id, Some(source), descriptor, now)
            .await?;
        let assets = self.assets_of(issuer_id).await?;
        Ok(Eligible {
            terms_id: assets.terms.unwrap_or_else(|| NO_TERMS.to_string()),
            card_art: assets.card_art,
        })
    }

    /// getAsset.
    pub async fn asset(&self, guid: &str) -> Result<AssetRecord, WalletError> {
        let missing = || WalletError::UnknownAsset(guid.to_string());
        let issuer = self.issuer_of(guid, missing())?;
        self.store
            .wallet_get(&issuer, WalletKey::Asset(guid))
            .await?
            .ok_or_else(missing)
    }
}

/// Refuses a card the issuer's rules do not accept, with the first reason's code.
pub(super) fn eligible(v: &Verification) -> Result<(), WalletError> {
    let refuse = |code, why: &str| {
        Err(WalletError::NotEligible {
            code,
            why: why.into(),
        })
    };
    if v.invalid {
        return refuse(
            "CARD_INVALID",
            "the card is suspended, deleted or not accepted",
        );
    }
    if v.lost_or_stolen {
        return refuse("CARD_LOST_OR_STOLEN", "the card is reported lost or stolen");
    }
    if v.fraud_suspect {
        return refuse("CARD_FRAUD_SUSPECT", "the card is suspected of fraud");
    }
    if v.expired {
        return refuse(
            "CARD_EXPIRED",
            "the card is expired, or the expiry is not the card's",
        );
    }
    match v.security_code {
        Some((_, true)) => refuse(
            "CVV_ATTEMPTS_EXCEEDED",
            "too many wrong security codes: the issuer locked the check",
        ),
        Some((false, _)) => refuse("CVV_INVALID", "the security code is wrong"),
        _ => Ok(()),
    }
}
