"""Certificates and keys: names, keys, the CA, leaf certificates, Apple's rules, reading
certificates, import, the profile and server settings. Imports only the base modules."""
