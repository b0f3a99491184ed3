"""Tools that measure the product (make bench, make eval-money, make eval-entities); not part
of the installed package."""
