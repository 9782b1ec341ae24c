# HashiCorp Vault policy for the keeper with signer.kind vault-kv.
#
# The keeper reads its signing key from the KV v2 secret secret/vaultkeeper/signing
# (field private_key) and may renew and look up its own token; nothing else.
# Give the AppRole (or token) this policy only, with token_no_default_policy,
# so that Vault's default policy adds nothing:
#
#   vault policy write vaultkeeper-kv scripts/vault/keeper-kv.hcl
#   vault write auth/approle/role/vaultkeeper token_policies=vaultkeeper-kv \
#       token_no_default_policy=true token_ttl=1h token_max_ttl=24h
#
# Change the paths if signer.vault.mount or signer.vault.path differ.

path "secret/data/vaultkeeper/signing" {
  capabilities = ["read"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}

path "auth/token/lookup-self" {
  capabilities = ["read"]
}
