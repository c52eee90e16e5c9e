"""The phone-screen illustrations, drawn as SVG from templates."""
