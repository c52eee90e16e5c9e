"""The wizard's flow model and the application operations both front ends call."""
