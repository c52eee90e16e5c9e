"""Defaults several front ends show or use (docs/architecture.md, "Defaults"). Cheap to import."""

from __future__ import annotations

from enum import StrEnum

# High ports need no administrator rights; the next free one is taken when these are busy.
DEFAULT_HTTP_PORT = 8080
DEFAULT_HTTPS_PORT = 8443


class KeyType(StrEnum):
    """Key algorithms Apple's TLS policy accepts (SecPolicy.c: RSA >= 2048, EC >= P-256)."""

    EC_P256 = "ec-p256"
    EC_P384 = "ec-p384"
    RSA_2048 = "rsa-2048"
    RSA_3072 = "rsa-3072"
    RSA_4096 = "rsa-4096"


# The key types as the command line and the wizard offer and check them, default first.
KEY_TYPES: tuple[str, ...] = tuple(key_type.value for key_type in KeyType)


# The shortest passphrase accepted for the CA key, on the command line and in the wizard.
MIN_PASSPHRASE_LENGTH = 8

# RFC 5280 appendix A: ub-common-name and ub-organization-name are 64 characters; the wizard
# checks a CA name against it as it is typed, the CA module when it builds the subject.
MAX_NAME_ATTRIBUTE_LENGTH = 64

# Apple does not limit a root's lifetime (mkcert issue 337); 10 years is usual. The upper bound
# keeps a typo from making a root outlive any sensible key (and dates stay below 9999).
CA_YEARS = 10
MAX_CA_YEARS = 30

# Default server certificate lifetime. 397 days is within every client's limit: the 398-day
# rule binds only roots Apple ships (Apple support 102028), but staying under it costs nothing
# and some clients (and the question this product started from) expect it.
SERVER_CERT_DAYS = 397
# Apple support 103769: a TLS server certificate issued after 2019-07-01 must be valid for
# 825 days or fewer, also under a user-installed root (trustd, SecPolicyServer.c).
MAX_SERVER_CERT_DAYS = 825
