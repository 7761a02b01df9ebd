from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "admin_user" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "password_hash" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "store" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "public_key" VARCHAR(64) NOT NULL UNIQUE,
    "secret_key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "secret_key_sealed" TEXT NOT NULL,
    "secret_key_hint" VARCHAR(8) NOT NULL,
    "allowed_origins" JSON NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "locale" VARCHAR(16) NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "prices_include_tax" INT NOT NULL,
    "payment_methods" JSON NOT NULL,
    "trust" JSON NOT NULL,
    "branding" JSON NOT NULL,
    "vapid_public_key" VARCHAR(128) NOT NULL,
    "vapid_private_key_sealed" TEXT NOT NULL,
    "next_order_number" INT NOT NULL,
    "is_demo" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "discount_code" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* PERCENT: percent\nFIXED: fixed\nFREE_SHIPPING: free_shipping */,
    "value" BIGINT NOT NULL,
    "min_subtotal" BIGINT NOT NULL,
    "expires_at" TIMESTAMP,
    "usage_limit" INT,
    "times_used" INT NOT NULL,
    "is_active" INT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_discount_co_store_i_0b4f11" UNIQUE ("store_id", "code")
);
CREATE TABLE IF NOT EXISTS "product" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "price" BIGINT NOT NULL,
    "compare_at_price" BIGINT,
    "image_url" VARCHAR(1000) NOT NULL,
    "url" VARCHAR(1000) NOT NULL,
    "category" VARCHAR(100) NOT NULL,
    "stock" INT,
    "is_active" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_product_store_i_997792" UNIQUE ("store_id", "sku")
);
CREATE TABLE IF NOT EXISTS "shipping_rule" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "country" VARCHAR(2),
    "name" VARCHAR(100) NOT NULL,
    "rate" BIGINT NOT NULL,
    "free_above" BIGINT,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_shipping_ru_store_i_59ea25" UNIQUE ("store_id", "country")
);
CREATE TABLE IF NOT EXISTS "store_membership" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "admin_user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_store_membe_user_id_9fcc7d" UNIQUE ("user_id", "store_id")
);
CREATE TABLE IF NOT EXISTS "tax_rate" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "region" VARCHAR(10) NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "rate_bp" INT NOT NULL,
    "applies_to_shipping" INT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_tax_rate_store_i_f89d80" UNIQUE ("store_id", "country", "region")
);
CREATE TABLE IF NOT EXISTS "visitor" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "email" VARCHAR(254),
    "marketing_consent" INT NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "address" JSON NOT NULL,
    "locale" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "last_seen_at" TIMESTAMP NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_visitor_store_i_26453d" UNIQUE ("store_id", "key")
) /* A browser on a merchant's site, known by the random id the widget keeps there. */;
CREATE TABLE IF NOT EXISTS "cart" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token" VARCHAR(64) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nCONVERTED: converted */,
    "email" VARCHAR(254),
    "email_captured_at" TIMESTAMP,
    "marketing_consent" INT NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "address" JSON NOT NULL,
    "discount_code" VARCHAR(40),
    "payment_method" VARCHAR(32),
    "locale" VARCHAR(16) NOT NULL,
    "checkout_step" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "converted_at" TIMESTAMP,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "visitor_id" INT REFERENCES "visitor" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_cart_store_i_0903ac" ON "cart" ("store_id", "status", "updated_at");
CREATE TABLE IF NOT EXISTS "cart_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "quantity" INT NOT NULL,
    "added_at" TIMESTAMP NOT NULL,
    "cart_id" INT NOT NULL REFERENCES "cart" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_cart_item_cart_id_3806ec" UNIQUE ("cart_id", "product_id")
);
CREATE TABLE IF NOT EXISTS "order" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nPLACED: placed\nPAID: paid\nFAILED: failed */,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "address" JSON NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "subtotal" BIGINT NOT NULL,
    "shipping" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL,
    "tax_included" INT NOT NULL,
    "discount" BIGINT NOT NULL,
    "total" BIGINT NOT NULL,
    "discount_code" VARCHAR(40),
    "payment_method" VARCHAR(32) NOT NULL,
    "provider_reference" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "paid_at" TIMESTAMP,
    "cart_id" INT REFERENCES "cart" ("id") ON DELETE SET NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "visitor_id" INT REFERENCES "visitor" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_order_store_i_52ee28" UNIQUE ("store_id", "number")
);
CREATE INDEX IF NOT EXISTS "idx_order_store_i_97b05e" ON "order" ("store_id", "created_at");
CREATE TABLE IF NOT EXISTS "order_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "unit_price" BIGINT NOT NULL,
    "quantity" INT NOT NULL,
    "line_total" BIGINT NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXVtv2zoS/iuGX7YL5BSJE6fZYrGA47it9yROkDjd4pweCLTE2IQlStUll+3mvy8p6y"
    "5KFm1JkVQ+taE4unwzHM4MZ8Y/+5quQNV6P1I0hO8taPY/9n72MdAg+U/64kGvDwwjvEQH"
    "bLBQ3dmATpMcf97Csk0g2+TKA1AtSIYUaMkmMmykYzKKHVWlg7pMJiK8DIccjH44ULL1Jb"
    "RX7iv9+RcZRliBz9Dy/zTW0gOCqhJ7Y6TQZ7vjkv1iuGNTbH9yJ9KnLSRZVx0Nh5ONF3ul"
    "42A2wjYdXUIMTWBDenvbdOjr07fzvtX/os2bhlM2rxihUeADcFQ78rkLKRzrS9Lsei7dTe"
    "aS1OcASNYxBZe8quV+/ZK+wm+Do5MPJ2fHpydnZIr7msHIh9fNo0NgNoQuPLN5/9W9Dmyw"
    "meFiHIIKNYDUNK7jFTDZwAYECWzJSyex9ZFsLrgaeJZUiJf2iiI6PMmB8uvodvxldPuOzP"
    "o7faROFsBmbcy8S4PNNYp3iK8BLOtJNxVpBawVD84pwnLw9gdCwMMVXD/ih4dFED88zEac"
    "XosjLpuQ4iEBOw33BbliIw2yIY9TJvBWPNL3/n/aiD75QOUaqy/eOssBfz69mtzNR1c39H"
    "GaZf1QXfxG8wm9MnBHXxKj704TfApu0vvPdP6lR//s/XE9m7jw6pa9NN0nhvPmf/TpOwHH"
    "1iWsP0lAiagEf9RH7ZXuFA/riFqjAwsgr58AWTexK5F9D2oLaForZFhp+Tj3iD/9fgtV4M"
    "KblgRv57yzdRNeBXdroTi8+gvAH/XFguKoD/QsZNOXtIGWHAEYLN1Pos+mT/JgGwPTZhki"
    "7niuDSL7M6q0Pn72w+8gOpawWNqYEpYNbMd9IcdQfDVBieGzQcTYIo8OPt77NO+hvtz03c"
    "nk1d0/XoWdU6edY+triHn234Cgc3bOaREz5zTbyjlNGTnh2kijO8GO5iI8Ja8EsAxTSIfU"
    "9Zk4fd3YcJcD7v71zWT2sUcpv+Px9ezr5HY+ufjYI2A/QpO+3w7MODotwIyj5MYaMoNeij"
    "OjZovek+Om7Gk1mPQuXpIMDNsxd7IzmTcowdxsGCtaYl36mKTMyyjPNWCuCRvw0rWWIGbw"
    "/FzXVQgwm+VM+gTLF+QGVem7YKRePp9fX1/GWHw+nSdW2v3V+YRoOJe3ZBKyYXRDDzng/s"
    "uh1fz5Ne4pnPvJjjrtaFDEaSazsveMQcppNghGXPAGBJ3D93hQAN7jQSa69FIcXKJnqIeQ"
    "hvffd9czNrwRkuTGgGS797+eiqyUjV8a0P98cLBMUewtHKQStWW9p4/9V1UMyAGcQhTTID"
    "7Q765G35I8GF9enye1P73BeYIhCrJk3cE2AVzhkvoUYfdMppMi2uUkW7mcpHULeNHIjidp"
    "xOfWGb5tXgw0Sdk9vMtXN6ouA5VLrEOKzmnz8v0reQXlte7YkmVDgwflFGGNYPuxs1YCLg"
    "L6v4KLFQmrcrI5TinY3Gg2B9GyXdZzglbETJrM6ejpScHTjCjJ9jONFqzcco41QkwfkYUI"
    "Rnyoxol2wrVhy6QMWFOnxwnJTQP8iYyiJf4dvqQONHKOiFsotVkHw2TYBE/BkWVsuZKvJ9"
    "8MN+G78ehuPLqY9FmyWwKuX8M7tUtuiwIbX7ExaMkr9Gb3l5ebA+Rt2Q7IhtqeeQ70YH5K"
    "btMhOY6JpW4q0NwTo2t6j+6IY+UJIK48ZSSB+LKWnwgiIX9aqdkgfwaesmHqikNu+5dIT3"
    "3DtI0fDsA2sl84oI2SCBuSYUMSE34n7ytK10Enu2PJkTGf21WYPPopQiHWEGMNebsDH6hx"
    "IoHrdkfM34z39Bf83NKWgVvUW4gs1u1emG/X7I/qTXinjgIbX7BsbLO9sCqN6AvvIHpMz6"
    "EZhnTseq4xnTrSLtugDoIp7gOEOf2W5jRvvsNeaQ5NW/VV5zmsyXexwd2eA+3TNhno/s3k"
    "djyZzT/2DGjKENvf8afpN5oB/YDIU8hft5OJdPdlenMznX0moyaEEi2NMShXdmBR+UfJj0"
    "B1GAvgHC2zg+c+SX322mG12uUfg8Hx8YfB4fHp2fDkw4fh2WGgZtKX8vTN+fQzVTkx9NOm"
    "Mi0ctpyFrduAkZaeB32SUnBgNw7AZwMRZ3KXTPUYpThubfJxq2MRU1FSkYYYbM5cYwkqcT"
    "iYXj5UtC3a+4DHIo0TdUZzlQYqIkpFttEjazfOK6SI0dVYQOF7Aa2tnxDZGCJtoCFhle1p"
    "A28TVNmc4jKiKcHxbnYYRQ+mVBU+IT7kggwmAyiZBeuR5FdRpt4kDXKQE6DxmJwCNqfOLa"
    "BocuygMcUR7StV3ylQM7twQzAGxApB+zu+uRyNaaTGUIFMQzU3oyn9CyAathlNL90oDkDq"
    "L1rE3uxVUEkVu6inFfW0LdXhop62YfW0smOaEMuMLK2co6UITQd19nERoc+W+ZTZslMA/W"
    "2C59Wb3zXHz6NnWBzgR6gE+DuDb4NnPtw9AgH5PpBLCMuqo7BC3rnh2SSpaHHDEaL1U3H4"
    "5D1KJYR+d6Hn317F3ro/7KIVyy/ViqVxQl+xq2qY+iNSoCmZ8AFSf4cvKMCk7lyEQLQBF1"
    "kvu2a90BD2DjyOkImspibzt/7SpYYxs+zEG5EHIrpyNBhWkV6zTa2X3JWj3hK7hknsvhV2"
    "YTMO0eik9Y1O3CyvrnU6qTxfLquVRwzNLXlzFTXzEKWGb5jJZq0dnlCHN72DQaXyf26l+a"
    "k79aVGVRE6Ip9qS4aJWMG6vPOAOF2XPKWaDwVE15/yfVQVYbo7ch9yxem6BG3NQu1ZOjy2"
    "RpSkS8hXFSEIijD2dLuKtvNrGrxFva6oXDWpAMfvKMNwJyLNZrKdiUhvm8rKcKihKpqYCM"
    "+iAcav8Cza5lns4FQIf2J/00vWNQOYUAI7uXUs6g4d19TMC6TRhhOOyVXdFSPqXP7L0WEh"
    "XUOnZdcgHTLiGHwgC3j54JUJHEvd5Kt6idB0EehiOOfBnC7Y1eU1hxUdzO+QihZdV9qa0i"
    "9+1CpbttvZb5uRtZb6SQmRYyWSgRoS6tun104yC1P8lkzdGRZ3Xg3preNikoqKxq4f5IVG"
    "/WpUyfSnVtfm2cE2sXBFkPRtOz1vuJBCNq/Zc0DSvVqqIpU92YU9qbqe5gdK+3dk51OIBm"
    "qx70cx4YvV+RSdabhZc3TO7dkNFjrTQ8zBPU7XIde77lYTwnMQnkO18NbhOVRqE7u4s4xh"
    "nyE5VnAwRSQat2k551m6zTfFajNyq2ll5yxUJEtryOVMxKnKwfptxbji1AsLyia0KWDSCl"
    "grHqwZpAJwHsAtCFRWq6M5fM4yuljEndAoeWH4ybd5LAKf6h0YROEvr2ef/enJhoLZco9Y"
    "vY+KyT1iNkBqJwvikn9WQPDPMuX+LNU8U1X1J0hsMBMtEeZropkmbUYzTfo80Uyz9maa/f"
    "u7i3qiSyV301R1GahcRmNIUSO8EP92f1dT+K70Dt70VPq/nE2QozR1ivF8XA/K5RsxbxDm"
    "31VV1ANxyXF+N+HT8ltaSuxmpHmZM+wbiLaYHDk08dZzXBYLg1RYLKVbLMQrtBiGezZbAo"
    "JmMKNTvdgXJnB/84OHH1EawZLSWfIIDKRIu8XRWLQddHKPBkXcXDIrJ3KZcnU97Ez0SGDZ"
    "MdCTd49O8KHueA8mUEubAtSsH7vKPBJh0tZ35nl0eHhU1WooP9FbgZrOaaxGqISFymGhil"
    "6z2YLdzixv76Aj1Zo0lVdQNHu2hMTZFnI/M2k2swX8njhdePcae03hu4iXuwGW0euuqwB5"
    "bSD2hCjScaKLIMUSwveEKpmG3kW8NEgNToravmDRHKSr4G5dxYv+EhD9pj3RmoPnWy+nt4"
    "soef1P9wSpeJvY1oBUeQZhZAVm5RLGF+mWrEJJi88uubzGsTb79SaDUdTWvGXGoanzHR77"
    "82s8btOf8EZe2nh0LJLgyw8IUf3BB2mEQiC6vazAV9B7VhWMFA3he6tTztlBorIgIlnbf5"
    "9AlGsUA7Wp5Rq+Ac8wsiK2fbZx5fsRVRhVqZplCipc0nsJC+sXq15u2rqvNK3JE3IeGzag"
    "6GDbqkKVyzmFyy2sDp9vEtGqR3dYBN1hNrpDZlW4tDA41G6EQpiyDOeA7L4qghbZHaWc37"
    "rPOznOuIM4ReY4RRZur6j9Fs5ErjPhB7oZzkQkBp7tTER+mW2rL9Ef9Ram/kR81Z6Oe6Cn"
    "QVNeAWz/zeqRm5D5a6w/4d7ipUccih7NoNS1HlLcv56QQvyM3hpCw6IDJnzfTzCogtvn+z"
    "g0eVB4NW/p1XCmfnY327P8OhioAcTV7Dgg6GCrq2EReMmsbH9xmAJYA+Ya2jRfgD4bsgp1"
    "cw1EJr0wDznMwxY4lTX565V0uVhx1ioGBJ3D97hIsOk4O9p0nAo3AUUxocVXax6SiIqUmA"
    "YpoyKlJQXQNemT0g+wRT54NvTdygePLSpg2ZIFId6B70lawfmmcN7HSPR7F5G7jkfu3qJi"
    "pWGedOMKMNqCT5VR3xE0kbzqM4K+3pWDvJgvCOeIpp9t2g0OckKpj2QBcmYwREg6GFIdDI"
    "eFgn7DnKDfMOW3G4xT9myEvekdRLeS7vbkiTYzkJodFYmQ1B8VqX5bqTT+wVG6W/5m9vp/"
    "2+hygg=="
)
