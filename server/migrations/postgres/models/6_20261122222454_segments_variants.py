from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "product_view" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "views" INT NOT NULL,
    "first_viewed_at" TIMESTAMPTZ NOT NULL,
    "last_viewed_at" TIMESTAMPTZ NOT NULL,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "visitor_id" INT NOT NULL REFERENCES "visitor" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_product_vie_visitor_a952e4" UNIQUE ("visitor_id", "product_id")
);
CREATE INDEX IF NOT EXISTS "idx_product_vie_store_i_6809ed" ON "product_view" ("store_id", "last_viewed_at");
COMMENT ON TABLE "product_view" IS 'That a visitor looked at a product page: one row per visitor and product, for segments.';
        CREATE TABLE IF NOT EXISTS "segment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(80) NOT NULL,
    "match" VARCHAR(3) NOT NULL,
    "rules" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "segment" IS 'A saved audience: rules over shopper activity, all of them or any of them matching.';
        ALTER TABLE "campaign" ADD "variants" JSONB NOT NULL DEFAULT '[]';
        ALTER TABLE "campaign" ADD "local_time" VARCHAR(16) NOT NULL DEFAULT '';
        ALTER TABLE "delivery" ADD "variant" SMALLINT;
        ALTER TABLE "visitor" ADD "country" VARCHAR(2) NOT NULL DEFAULT '';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "visitor" DROP COLUMN "country";
        ALTER TABLE "campaign" DROP COLUMN "variants";
        ALTER TABLE "campaign" DROP COLUMN "local_time";
        ALTER TABLE "delivery" DROP COLUMN "variant";
        DROP TABLE IF EXISTS "product_view";
        DROP TABLE IF EXISTS "segment";"""


MODELS_STATE = (
    "eJztXVtzpDiW/itEvnRvhKfClS67PBUTE+FyZXd7x2V7fantmKkJQglyptYg0Vx82d767y"
    "uRQAoQJMoEDLKe7AQdAd/R5dz158QlNnSCdye2i/BdAP3JJ+PPCQYupP+Ub+4ZE+B561vs"
    "QgjmTtwasGZmlLabB6EPrJDeuQdOAOklGwaWj7wQEUyv4shx2EVi0YYIL9aXIoz+iKAZkg"
    "UMl/Er/evf9DLCNnyGQfrTezDvEXTs3Bsjmz07vm6GL1587QyHv8QN2dPmpkWcyMXrxt5L"
    "uCQ4a41wyK4uIIY+CCHrPvQj9vrs7ZJvTb9o9abrJqtX5GhseA8iJ+Q+d26ur01M8+Ly1r"
    "yZ3ZrmRAIgi2AGLn3VIP76BXuFv0zff/j44fjg6MMxbRK/Znbl44/Vo9fArAhjeC5uJz/i"
    "+yAEqxYxxmtQoQuQU8b1dAl8MbAZQQFb+tJFbFMkhwuuC55NB+JFuGSIHn6ogfLbyfXpby"
    "fXP9NW/8EeSegEWM2Ni+TWdHWP4b3G1wNB8ER821yCYCmDc4mwHbzTC2vA1zO4f8T395sg"
    "vr9fjTi7l0fc8iHDwwRhGe4v9E6IXCiGPE9ZwNtOSN+l/4wRffqB9iV2XpJ5VgP+7dnX2c"
    "3tydcr9jg3CP5wYvxObmfszjS++lK4+vNRgU9ZJ8Z/n93+ZrCfxj8vL2YxvCQIF378xHW7"
    "239O2DuBKCQmJk8msLklIb2aovaD7RT3D9yyxi7MgfXwBOi8yd3h9j3ozqEfLJEXlMfH54"
    "T4l39cQwfE8JZHQrJz3oTEh1+z3kY4HH6kEyC9mg4LhiOZkipky7fcqVu8AjBYxJ/Ens2e"
    "lMB2ClwPoAUWCSPZvVpZxOJbbZJEJieGFwVLw4VBQF/ICIkBjAAuXIhDg9yzH4yPPwVGEM"
    "0ZIWPnnkGHmUF8A4S0QTzrJwVE2+x3s0z052SNLl35QRjFkAQQx6sVaw2fPTqbAvrVGQ8S"
    "dBPmp8N3EjemqMU/fmhxq09x64F+lowUkLbvb/OfWBEdue6kFwHg/VGD/f99cVtZb//sVn"
    "73D1HoQBmEMwIF5av30ybyFW1VDfC0JF/Nif0iA3Davsch3M/g/dBIev1QI71+KEuvkS+l"
    "jSXNVRy7+43gZc2qR+9+GWBkrYS6pgin7ZUbvp0B7FJ5SArhlEBD3BBiKvDGcl4J5P+8ub"
    "wQg8yRFBVbZIXG/xkOCkrSWmtw/+0+wvELGPMIOSHCwTv2vL93xYYa0BlEOZ02hfrnrye/"
    "F7lwen75uaissg4+F6WOULBqVwrLSevN0nJb+B8f0Z1m0BIzvwFSBCwpCYMj6XEJwcR3gd"
    "PXQtJoGalZRIpLSKKqysDMkfQIM3B6wvhg2gDjg2klxuxWHuNH4CPAniWxTvM0eqFufaFe"
    "207Ko36GIzdmyhl9RYAtWJ4BGXWPEyCwltCOHGhL8mByc/rb7Mvd+ezLJyPr4zu+mV18Ob"
    "v4lV6D2Kas+Y5PTy5OZ+dxO4t9tpM+69WV+dS+VWJXvR2fI1PQiD8So32KSclqzzPYIRZw"
    "zJQRTTeiPJV6WkPr80i7xN7EbKLbk78dm/OULbA5sdlrLrfPZcqqBQyhjHeGJ+lP6xyLxh"
    "k76kwpdxdP0h+gA/d7ldzxBYjL+P5Cr6IF/gd8KcndNT73EcJb5Wmnl33wlDlfc+OKfj39"
    "ZjptY2Ho5Ob05Mts5a7dFOJAydAj9BHcMcLhy6qfl9Gu931HNvjhRBjV4MdLQl1EQ9Kiy7"
    "jKQgzBeqCttdrIs1Npb5eQAra4cs/yoUXYMDIxbdNy3/x3gDnANsG7v78OiegzJCIkD1DK"
    "I5cRKBeBetQkAPWoOv70qBR+OkJ7F/FW3JUxdV1ezS4+GYzyOz69vPg2u76NzVkE04UnHI"
    "o5q+dY64HtyT0EW8d4mRbwwsjfSg8WdqDV4SGrwy7wHygb8CKW9oQurc+EOBBgMcuF9AWW"
    "z2kHXa132ZV++fz58vI8x+LPZ7eFmXb39fOMrnAxb2kjtNJEyvpz/FdiVUvbq2e47SLczq"
    "MYScGbESiHb/seWrrOMA2hDG9NIM2aZBj+WfZYZfyzNgosEuGQAm5LjfoSoXoi04dm4aY1"
    "0abl5LQXFtFhupBiJRWXXqZUD+/2l5vYcSnv6lRzNe/AzbmE1gOJQjMIoSeDcomwz3SLxP"
    "Y3SsC1X/ktqFicWViSzXlKzeZBszmzlm0znwu02mYyZE7nPCWSnC7Sak4PmdN0m7WWMcwl"
    "NtdaxXJ02homYQ3LvJ1iIbTSXVii04E6ldCmjmTJpUtEr5evYS9fCcdkzUElQvXME+2bgz"
    "LQHLrFbyUciHvQc2zIc0yHP7a/Uz2iAFGM5FDNE22F68CmiY4qHUlUqWDstoDrt3VP4xq3"
    "TYHNz9gctPQVjIu78/NmEbtUm3B3DNZlUaZntBuFxnHeM6iDmpvARHwb+jtCdMn6UAifro"
    "O+42lXEfidTsn64G8Tpc1ajQD/V+Zd8nxiR7TbfxeCwnWoc5+hzn9EAIcoFBS3qISWJ9Gi"
    "tkDUpprOdnZsu1UFdXAwq1XqNeenihdMmfWJo9BzSDCHkt1BDtQ8kcZ1s76absY7qlVpPt"
    "nIwG2qVHGTdbOymso1u6N6te5JUWDzE1Y2vbRLITrTyQRCNK+vVQvRNt9qY03oSwz5ws2E"
    "/oyLOSelmuN2rEwzuxGnhBhJ1C8FdgkNEoVz8mz45GnPePJRGCYJS3x56PYf8R3P4T0d1Q"
    "bAdADTxxgoYEV8wt1qSCe+MKp/eG0nZ6aFuvN5pm1mf3JgJg+xHGQ9tJ7Cmjf0cMFrraKV"
    "rXvdfARvBkzrSrf0KVJq5Ge0eCua5F+n04ODj9P9g6Pjww8fPx4e72ciRflWnWzx+exXJl"
    "7kRO7N+mZSTK7MghsXOE61I2JNppAX4mD68ShDn/2ow/vm68n5eVlQri7fvjmZ9jVKuXMn"
    "Jcik055S/ezk7NcLVhBu1cN3fD37enbxZXb9yfChy57qf8eX1/EFktoLB1DWUi7oZqdYm2"
    "EO89aUQmsJMIZS+cocSY+jnMlVkiN8y5CL4wbD9bhytB6L05VDIgMxT6NeTEtHR3C9OAQI"
    "1u3qJD+OpP8kv9eJW+mmLjbxkCUzvDMC9cZ2++lkuuq4rjo+sqrj4ytHQ5tG8rWX/+tuds"
    "cq0KyoRVWXv8zOz77NrlmjxHjF2v1ychYXYr6nuzz7Pfv96ixuQzVz5G9ZyKZ1NibmIgEj"
    "K1cfnkRHtpdKaBSMcCVc632ZAnIFXZojcWE2Crp1SGzgi3AoqghVz+0irQ6vHjKnLQdQHt"
    "jmXEq4yFOpJwy3n7zggIDl7zMJoSJbpHJvEpFqi1B5l4pxgr4vCg6uKWGRo1KujMVBoyO+"
    "DmpO+DrQZ1i/0b2BeW+3O99Epy+Ogb+ZYrcFk4u0mtND5jTnsZddsHOUmsuD5nI+oKVx9G"
    "mOSkuWAl9j7yG9igOqk3o7wLQcbdYU2jKlHrQ6a1pnTQ85XFoua5qf4i2AexUFy5tCl+Ma"
    "xY1hLq+Nm9HmA9t2zqZYd6UmwgX5U1cA6LsCQFHSbWXUNsoBGimqVSlAckUVdCp8v6nwX5"
    "IS7KfMhSLK5OHv79Vm8xSLubedFp/JQPEDdFL8aybFy5Z226mi29CE0a69ouNKWJAHenI1"
    "uz6dXdx+MjzoWxCH3/EvZ7/HEVToOQ6oup7NzJvfzq6u4vCrex9CM1giz2Nc2YJF7RdRfw"
    "ROJCrPWpMllZEoE0nVS6IUtyMhbFLFIyQhEITf1EFfpNQc2I4Dq3jGYJsz2nKU2mEyZIdJ"
    "xPKfTQe5SMDmyjlWoNI2vfL0YUM7MKMASh0DnyNSZuVqDVREFxUrRI+yxdJzdD0WS0+1gN"
    "HWStdeKm3tH4jJabO1/3VKo8xYvudN5KV1GSYCw0qpzV6dcWWVQRoUmm+smXKC0wolRrgE"
    "obGAYWBgYrisJMmqgsm9T1wDGDGUn4wIJ6b9ObT3WKkTH/4PtOjAMe7pjwUh9ruiAtbZQ+"
    "qNQKtjlrUV6DWtQD2fjT20ZaqHNGgfgkDkm6w7RCGlUBDj9tNxbRhKjuE1hQ6L12Hx2mqg"
    "1QKtFmi1oIlasPJLC3SBzGFdrQBk5Zo686riyJ3Ti0WJurIa3WtUodMS+44Se8JkCXFnTa"
    "HlyQby5PiKZWzlv00KY3hpYYyr85NT5sD1HGAxD+7VyRn7BVCpPMYw/Ldac+1ac43/yqwz"
    "SXvllKr300alXKY1tVymJaXKoxhJwZsRKIdv+2t4Ys0sw1tde44j6b/23ORv9xG24uLU8w"
    "g5IcLBO/bYv3fFgBrAO6lIZ0W+L1vpi6dRcM0+aDLoq8d8SWzZKq7mdWJquhe/ew6r4UPb"
    "JMDnqDT4W4Mfgmc53BMCDfkukJsIW05kiyJhaqM2iqT6lHuJyI00Ql9uvPNUetBvP+jlt1"
    "e9t+4OeykrpbGbr0io67ltzlzwwIvL6hy5kGJVkcNQoZ+WKFUU2ltXVT2fPCIb+qYP7yHT"
    "d+SMAkJq5SwE00Zu7WmNW3uq3dpv1K3NTNhb8Jgj08kOQ+bvPYQ28+6aFH6hCl5/6pKAXK"
    "HMhzZOX8oQsojLdvgywrfweRO6HK0Cu1Pd/Jn9fltvPs2mz/nlxa9p86JNtYIF8utYgVSv"
    "ZUNey0BIv3UeMdkiPVpTGJBVp3NW96HQutazDqoL5elCeYPHVNdx0yGcYwrh1PWZWq/PpM"
    "uJ9VNOTCBjtYAzf+a6mkBXy6Y7FBxDIXTbqDd2RvtRaEHutOjYGrCqYPgUzQ0B8SZK27Ua"
    "Fa+TSl8xRD14iGR8GElzBb1FR02ico+qg3KPRhiT21/Mcxc+Ifqpoen5SOSFqzO65OlUUk"
    "97trT8EQEcolAgTlViz5OohHx7B4ghzHZH6eiVPJ1K0PY8qBNJR0bW4ElUQr4rs0yWXbmj"
    "Dta08vDQ4G2qgfHjakiZtVc+saNY+i+pE+mtvTplwuMadZVfywRVXa5GaxYDEH61ZjE2zW"
    "ILpULrEy14bonrAR+aYCu1TkStkI+sZ14glxWYjXyptO0ckQKhQ4XU4v1Gaw1rVp1cvC+w"
    "Y8iBrOGVg9eicCyIyOlTk87K0agIdDOc62AuV+Ig1oOEFJ21V2iJ1lWWx5qrF3n2lukFeU"
    "oF0wtYiUv7EjsvCZ/HG8KZvL0ObNMRWIMz9e1SRK8Y+rp7iAULzVItwiIfbgWfdoQoMXR+"
    "oz2phFIPZuMYsmrTcYroRvOx+Zi23FiY/ZYVSgdGEjpmOIQ8QNuIryWdGR59508GwdDwyR"
    "M7KStrDbCdttqLS6YHcMHSY4JybfYOnyO0dnNhg6lNvXFBSQcEKwh7LipZZ8JRzLTei8mm"
    "2gBfscrVhJcn7fsTbN4PWKrJ5XQhPzdbJJUEAbmCmsJ4NYP4Uj4MA+zC7zK1Zveg2Z2KFF"
    "K6YJ5Ia4M6dawXTF8rdUxFXLXlYtPy3nLu2GskOo0V2ZpMJyG2XFjVjthyUVyKYpvfuwcV"
    "XBcFy5vVgW3p15dNJcU2e7X2EtraDIrNN59mZ8x98hRA/6fAYF0YfBd7hg3tyHMQ85Taxv"
    "zFgNj2CAXceELhEuH0/DnBAXbt9bvhzLqE0lyCYNncMLJ2ovVmE3krBpHujsbLsbqEb81B"
    "A0VCBUPk2o8/TFErI11dXYinUQLkvusKedPDI1tqcK8plAC8hygWEIVSCKftFcS3/eqZOq"
    "ql56iWRM6SGdAciXJxb10cZ/ooDFOuO870URyaPH542z82yiEWcKTgXVNoeDfCy/wO/yt5"
    "sBFPoxzE7QvKumzxNlvg6NxHOnz0TbDZhrEcuiWry9S6vutYuE0X42BlN20u6Imoldsyuz"
    "jSVbuMVXEZD2x10h7jQfjehu8xHti4bcFhLFelMan3iOCOQfLqFcnsNED+ZhXwPRF4fNNb"
    "e3WO3oBr1MC9G4BHFp0e2YidRfTJ8CMHBgahDDOCJfFYbHosw6DwZc8AjmOQeyNcQteIg9"
    "Vfsp8uCK0lBVPk6u3kGbqG5LC8r7ocSSYPHzdxSh1X+6SOSy6peOTLoJsR9Khs0Jnbk77R"
    "RN1ofhBzvByVwa0+eTwjGMa54+x56pw7ro2lb8Guoo2lb4LN2o6jDQ4D0Yt3Sa7vVN9bIs"
    "+jH3gdxfCWlT7+/l6t5pe0NP20aVd1NeNTmqlGr2trvqbGlXJBQi3gSNQ7W7uJF6LaCVHy"
    "QQxfoZ3c0DXdpitQP2pXJ8GWDBOBfbGmPkBK0Z9wsN/tAtFzUcd7H0ITzIkwBLMG9zydQq"
    "6gnvHXMrGWibVMXC8Tx7iLhOGUITVScNZEn081pulcJ+kOXxTrL+Nl2kgIm9YIYdNyqfNo"
    "7iDLfIBSykSeqh2sX3cYdxwIHEDLhyEDTDpFUUCqAZcBPIDAgYK1uTpXUUisxIrSd9IiP3"
    "iFCaPNxr1KeaMFh3ETf3G1u7iUwOg4hFWdIj5aICzl2hSQaidn+07OyPchtuRMdxxNjyam"
    "u5sv/ViXWnbqjyRtDOK/3N30ZL57y7ljd7en/aDcQfpY/2b+bZeKfiBu2c4fnxMUmAhbTm"
    "RTpR88C+yidanp4g56zFHProw2Sd0DLyxo1XQhBc2WklgEpFpiaV1ioVphIBDcq9mSEQyD"
    "GeyxyjBj7gNssxeS4AdPo1nSOkvi8mqeT1xPapYUyDRjWmfMI/CQbW5n4BTRKmh9eD9tYn"
    "+grWpMyiUbRIKdH2e/bmmBq+tDCT70bYjDFGpzdaA0jty5qCpQpa9KSNvjIQH7+2M5JwCE"
    "9HnziL2G+US/iTyZSxL5Mqcw1HXRH+YfpyNB3IcWSVMMGydxcDR63219303hNQMLYAxtM8"
    "IhEhxxWh/sX92LLpsx5Lh/FFB8XCJpSOGotPVEwnqic6aqd5pxHlyZLE2lOVaKeWuSyG8B"
    "1wNoIXIEyp0HuOpmhKOgMpE/f0S0H7ZwZKKq8LxCOYhx4oSC2P1Cm9k7Y5X0dUp/qooXdA"
    "FyzCDy1iX2d8Jsxvq7WXenKm6xKr4jVpesD1UBSk73aOeIV8VBMvVhuI3QKh6isitkgiNc"
    "VMQtPcR2N7S48kdKgsSn7+4KVSFpWEW8XMis0Ay1XcFiGSNfs95UxSsEzyb7ph3RugXP10"
    "kGpoooJeXzdgRJvXPpuq15V5iBVZlf+Um6IQfMdPOtWy6GECUnZKzyzXQlhNfMD/OJXKhv"
    "2r7H4EjyhFfjZYyBvjpluX2fJVs/5CDlKDSim5PAI+GpR9I54Ce2i/BdoJSdZK+QB86NrM"
    "21mHVyfTNQh5pcnwrwAiGLk+2rhatUj+hCqCpVmGKgwgXrS0tYb6zW1NDmfadJKMkgl5Fh"
    "MwrlzhN536zOVE2ZqRHW8rpdpQ11j+5hE3QPq9E9FNbwMueexLLLUWhRVhRC6nkOggHdHc"
    "3ULCwwSNXFUlX0oOOqJOKqtNqrK3VpZaJWmUgN3QJlgrOBVysT3ME+TU4rSU4mNgg2gOFC"
    "31oCHP4UGLQT2v4BkydszF/YaSEGy3cjroHs+NcTsqmeYTxA6AXsgg9FB5W03X29jsMyir"
    "RW85pajWQ+mLopYO1XLYjDumTAzQgULEx82ARe2qpaXzwsAewC/wGGLF6APRuKyirVCohC"
    "ei0eSoiHI1Aqe9LXO6lJuJSsLJMRKIdv++erAttm4bFleGsqg61JdLpcbgVpI11uJOWqel"
    "pP3nKlqn4gfsNlqvoBuGX/gE7xq8ZdrRS/3K4AgtAMIMRb8L1Iqzk/FM6nGHGsLweDa9Oz"
    "Nj13C28fpufXyK4dmCloqMm1Y4Spz5zHMeKjs/lGls03lkHWpQvxhK571nIi8CAmd/bqHI"
    "hg3Uaf9zMmyWyvxi9Ht7A0db+pLYEjUdA/Nz08bORBOqzxIB2WjMCeIGSrGuGkuYLodnKw"
    "JX1iKPTKVZvYOZL+TezdbyudGtNLil6f8TA//h9RIUbN"
)
