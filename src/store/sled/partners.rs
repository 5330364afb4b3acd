//! Partner endpoints registered per tenant (`partners` tree, key `<tenant id>/<role>`), sealed:
//! a description holds the partner's secrets (client secret, API key, control key).

use super::super::Result;
use super::super::records::*;
use super::super::sealing::PARTNERS;
use super::SledStore;

fn partner_key(tenant_id: &str, role: &str) -> String {
    format!("{tenant_id}/{role}")
}

impl SledStore {
    /// Sets (or replaces) a tenant's partner for a role; durable on return.
    pub(in crate::store) async fn put_partner(
        &self,
        tenant_id: &str,
        record: &PartnerRecord,
    ) -> Result<()> {
        let key = partner_key(tenant_id, &record.role);
        let sealed = self.seal.encode(PARTNERS, key.as_bytes(), record)?;
        self.partners.insert(key.as_bytes(), sealed)?;
        self.flush().await
    }

    /// A tenant's partner for a role.
    pub(in crate::store) fn partner(
        &self,
        tenant_id: &str,
        role: &str,
    ) -> Result<Option<PartnerRecord>> {
        let key = partner_key(tenant_id, role);
        self.partners
            .get(key.as_bytes())?
            .map(|v| self.seal.decode(PARTNERS, key.as_bytes(), &v))
            .transpose()
    }

    /// A tenant's partners, in role order.
    pub(in crate::store) fn partners_of(&self, tenant_id: &str) -> Result<Vec<PartnerRecord>> {
        self.partners
            .scan_prefix(format!("{tenant_id}/").as_bytes())
            .map(|kv| {
                let (k, v) = kv?;
                self.seal.decode(PARTNERS, &k, &v)
            })
            .collect()
    }

    /// Removes a tenant's partner for a role; whether there was one. Durable on return.
    pub(in crate::store) async fn delete_partner(
        &self,
        tenant_id: &str,
        role: &str,
    ) -> Result<bool> {
        let removed = self
            .partners
            .remove(partner_key(tenant_id, role).as_bytes())?
            .is_some();
        self.flush().await?;
        Ok(removed)
    }
}
