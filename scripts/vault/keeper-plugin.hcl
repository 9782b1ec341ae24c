# HashiCorp Vault policy for the keeper with signer.kind vault-plugin.
#
# The key lives in vaultkeeper's signing plugin (keeper/vaultplugin) and never
# leaves Vault. The keeper may read the key's address, ask the plugin to sign
# a transaction with that one key, and renew and look up its own token;
# nothing else: it cannot create, import, list or delete keys, use another
# key, or touch any other mount. There is no path that returns a private key.
#
# Defaults: the plugin is mounted at vaultkeeper/ and the key is named keeper
# (signer.vault.mount and signer.vault.path for vault-plugin). If yours
# differ, change the two paths below. Setup, as an administrator:
#
#   scripts/build-vaultplugin.sh   # prints the binary's path and SHA-256
#   cp <path> <Vault's plugin_directory>/vaultkeeper-signer
#   vault plugin register -sha256=<sha256> -command=vaultkeeper-signer secret vaultkeeper-signer
#   vault secrets enable -path=vaultkeeper vaultkeeper-signer
#   vault write -f vaultkeeper/keys/keeper          # generate the key in Vault, or import one once:
#   # vault write vaultkeeper/keys/keeper private_key=@key.hex
#   vault policy write vaultkeeper-plugin scripts/vault/keeper-plugin.hcl
#   vault write auth/approle/role/vaultkeeper token_policies=vaultkeeper-plugin \
#       token_no_default_policy=true token_ttl=1h token_max_ttl=24h
#
# Give the AppRole (or token) this policy only, with token_no_default_policy,
# so that Vault's default policy adds nothing.

path "vaultkeeper/keys/keeper/sign" {
  capabilities = ["update"]
}

path "vaultkeeper/keys/keeper" {
  capabilities = ["read"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}

path "auth/token/lookup-self" {
  capabilities = ["read"]
}
