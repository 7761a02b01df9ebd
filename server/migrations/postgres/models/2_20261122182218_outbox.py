from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "campaign" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "title" VARCHAR(120) NOT NULL,
    "body" VARCHAR(400) NOT NULL,
    "url" VARCHAR(1000) NOT NULL,
    "icon" VARCHAR(1000) NOT NULL,
    "image" VARCHAR(1000) NOT NULL,
    "actions" JSONB NOT NULL,
    "ttl" INT NOT NULL,
    "urgency" VARCHAR(10) NOT NULL,
    "segment" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "send_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "started_at" TIMESTAMPTZ,
    "targeted" INT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_campaign_status_5512af" ON "campaign" ("status", "send_at");
COMMENT ON COLUMN "campaign"."status" IS 'SCHEDULED: scheduled\nSENDING: sending\nCANCELLED: cancelled';
COMMENT ON TABLE "campaign" IS 'A push message to a segment of a store''s subscribers, now or at a time.';
        CREATE TABLE IF NOT EXISTS "delivery" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(8) NOT NULL,
    "payload" JSONB NOT NULL,
    "topic" VARCHAR(32),
    "ttl" INT NOT NULL,
    "urgency" VARCHAR(10) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "claimed_by" VARCHAR(40),
    "last_status_code" INT,
    "last_error" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "delivered_at" TIMESTAMPTZ,
    "clicked_at" TIMESTAMPTZ,
    "campaign_id" INT REFERENCES "campaign" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "subscription_id" INT NOT NULL REFERENCES "push_subscription" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_delivery_status_bb1bd8" ON "delivery" ("status", "next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_delivery_campaig_fde929" ON "delivery" ("campaign_id", "status");
CREATE INDEX IF NOT EXISTS "idx_delivery_subscri_8cd7f7" ON "delivery" ("subscription_id", "clicked_at");
COMMENT ON COLUMN "delivery"."status" IS 'QUEUED: queued\nSENDING: sending\nDELIVERED: delivered\nFAILED: failed\nEXPIRED: expired';
COMMENT ON TABLE "delivery" IS 'One message to one subscription: the outbox row, written before anything is sent.';
        ALTER TABLE "order" ADD "attributed_delivery_id" BIGINT;
        ALTER TABLE "store" ADD "attribution_window_hours" INT NOT NULL DEFAULT 72;
        ALTER TABLE "order" ADD CONSTRAINT "fk_order_delivery_1ff5bae0" FOREIGN KEY ("attributed_delivery_id") REFERENCES "delivery" ("id") ON DELETE SET NULL;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "order" DROP CONSTRAINT IF EXISTS "fk_order_delivery_1ff5bae0";
        ALTER TABLE "order" DROP COLUMN "attributed_delivery_id";
        ALTER TABLE "store" DROP COLUMN "attribution_window_hours";
        DROP TABLE IF EXISTS "campaign";
        DROP TABLE IF EXISTS "delivery";"""


MODELS_STATE = (
    "eJztXelzozgW/1cof5nZqkxX4hyd7draqhzumeykk2zi9HbN9BQlg2KrAoIBkWNn+39fCQ"
    "PmEBjZQECtT90BPcC/p+Pd76+R7ZjQ8t+dmDbC9z70Rh+0v0YY2JD+p3hzRxsB113dYhcI"
    "mFnhaMCG6UE8buYTDxiE3nkAlg/pJRP6hodcghxMr+LAsthFx6ADEZ6vLgUY/RlAnThzSB"
    "bhJ/3+B72MsAlfoB//6T7qDwhaZuaLkcneHV7XyasbXrvA5GM4kL1tphuOFdh4Ndh9JQsH"
    "J6MRJuzqHGLoAQLZ44kXsM9nXxf91vgXLb90NWT5iSkaEz6AwCKpnzvTV9dGun51PdXvJl"
    "NdHwkAZDiYgUs/1Q9//Zx9wk/jvYP3B8f7RwfHdEj4mcmV99+Wr14BsyQM4bmajr6F9wEB"
    "yxEhxitQoQ2QVcT1bAE8PrAJQQ5b+tF5bGMk+wuuDV50C+I5WTBEDw8qoPx8cnv2y8ntj3"
    "TU39grHboAlmvjKro1Xt5jeK/wdYHvPzueqS+AvxDBuUDYDN7xhRXgqxXcPeK7u3UQ390t"
    "R5zdyyJueJDhoQNShPuc3iHIhnzIs5Q5vM2I9F38nyGiT3+geY2t12idVYA/vfg0uZuefL"
    "phr7N9/08rxO9kOmF3xuHV19zVH49yfEoeov3nYvqLxv7Ufru+moTwOj6Ze+EbV+Omv43Y"
    "N4GAODp2nnVgpraE+GqM2jd2Ujw8prY1dmEGjMdnQNdN5k7q3IP2DHr+Arl+cX6cRsQff7"
    "2FFgjhLc6E6OS8I44HPyVPG+B0+BYvgPhqPC0Yjs7YKUO2eMse2/krAIN5+JPYu9mbItjO"
    "gO0CNMc8YSS5VymLGOlR6ySR0YnmBv5Cs6Hv0w/SiKMBzYdzG2KiOQ/sD8bHH3zND2aMkL"
    "FzR6PTTHM8DRA6IFz1oxyiTT53vUz012iFLt35AQlCSHyIw92KjYYvLl1NPv3VCQ8idCPm"
    "x9N3FA6mqIV/fFPiVpfi1iP9WSJSQDy+u8N/ZAR05tqjTgSAvaMa5/9e/lhZHf/sVvb0J4"
    "hYUAThhEBC+WpvXEe+oqPKAR4X5KuZY76KAByP73AKdzN5D2pJrwcV0utBUXoNPCFtLBou"
    "49zdrQUvG1Y+e3eLACNjKdTVRTgeL930bQ1gm8pDQgjHBArimhBTgTeU8wog/+vu+ooPco"
    "okr9gig2j/0yzkF6S1xuD+x0OAww/QZgGyCML+O/a+f7bFhgrQGUQZnTaG+sdPJ1/yXDi7"
    "vD7NK6vsAad5qYNwdu1SYTkavV5abgr/4yN60vRaYk4fgBQBQ0jCSJF0uIVgx7OB1dVGUm"
    "sbqdhE8ltIpKqKwJwi6RBmYHWE8f64Bsb741KM2a0cxomiXoR4ggM7hPmCfhLABizCnVB3"
    "iLZvLKAZWNAUxHx0d/bL5Pz+cnL+QUue8RXfTa7OL65+ptcgNikrvuKzk6uzyWU4zmA/24"
    "rf9eaaY2xMKbCr2micIpPQYjwQC3GMScFErBwD3x2b6b7pbcbmLGUDbI4sl4rLzXOZsmoO"
    "CRSxUadJupO9hyJ3h+4KXcjonybpDtCeW/8LTskcxEV8P9KraI5/ha8FgbDC8zhAeMv8jf"
    "SyB54TF1RmXtFfT38zXbah4Hxyd3ZyPlk6rdY5eikZeoIeglv6ec+Xz3kd7H7ftX/XIyOu"
    "b9cLt4Qqv240os3ospwndTXRVupW4JqxtKccq33aWncqHKvEeYRCdv2EQLo4tqM6YWxH5V"
    "FsR4UgtgEaMhx3yV0RG8b1zeTqg8Yov+Kz66vPk9tpaKdwMN3/SV/sFB1HbPbsTOsgZDPE"
    "SzeASwJvIz2S+wClTvZZnbSB90jZgOehtMQ1jJ86jgUB5rOcS59j+Yw+oK39LrnSLZ9Pr6"
    "8vMyw+vZjmVtr9p9MJ3eFC3tJBaCnJF/XP8F+BXS0eL5/TuI2gHZdiJARvQiAdvs37eeg+"
    "wzSEIrwV7vgVST/c8ey10rjjTeQbToAJBdwUmvUFQvlEpoN6QWsVMWvFFJdX5hfWbapzO0"
    "LRrUVK+fBufruxHAOIxbiuKKTbzZvXr4wFNB6dgOg+ga4IygXCLoO2I9vZIAFXftnvQcVK"
    "mVUF2ZylVGzuNZsTa9km6zlHq2wmfea08hg374V/Qj6iGImhmiXaCNeeLRPliB+II54zdx"
    "vA9fPqScOat3WBza7YDLT0E7Sr+8vLekEOiEB7y/gG5pi/oI+RaB5npqXjmdDbEqNr9gx5"
    "pmPrASDhfCoJAonnWnUgiI7iYY1Gg/yeaMqu55gBfewfqvzQG4Zt/BkATBDhpPuUQpsmUT"
    "IkR4akIvxG2leaTkIlW7LiNxmdO9wwRfanFIVaQ5w1FJ0OYqBmiRSu6xWx+DDeUl+IY0sH"
    "Bm5dbSG1WNdrYbFcsz2qN6snSQpsdsGKhpq3KUQnQeccITodkF4uRJvpUWurZF1jmC5l5d"
    "A/o7pV4RAK3wJqTkBmzovmOc872rOHCIFYm8EHOq80gOkUoizRkM9yPUmxXlYrb9i4chaG"
    "L4SKOlTHcMm2gd5s9aVeEpcny8aVN/iCNGzRSwwLGY8dh6yfovn3ov78fTze338/3t0/Oj"
    "48eP/+8Hg3OQeLt6oOxNOLn9mZmJET1ytJxgJgDIViflMkHXqhWUW8brzQxzWc0MelPuhj"
    "TgiL5QDOJC+P4EqRdB/B9TYeqnZKpzguMkSmdkKgYoXWxwqpwjSqMM3ACtMML9eIDg3EK6"
    "b8+35yz9KLltS8Winnk8uLz5NbNiiS5tm4jycXYfmUB4DCGiuTLzcX4Rgq9SFvwyylxtkY"
    "ydYcRpbuPmkSlZ9fyI/IaSwFXKuNuxxyCW28A7Hp1gqvsZxQpQsw4aX7VXM7T6sCqfrMac"
    "MClAemPhMSLrJU8gnDzScqWMBnwdlMQijJDCk9m3ikKtCqeEqFOEHP44UBVeQnZKiky1HY"
    "r1UFdr+iCOy+anPynZ4NzNS9WVXCBsW8nm1aMvE3Uew2YHKeVnG6z5xO+WhEN+wMpeJyr7"
    "mc9f7VDsfJUCnJUtUn7ATToie5LrRFSoWwSjx5m8ST9GRsANybwF/c5R4pK87FZbwe7nT/"
    "va0D91aPGtbxVj92L3Oyb17OVKWxdJvGch6Vgjlj1j5eFF76/k5lJF6+qEzTKS3JqRK+QC"
    "W0vGVCi2jFoa0KDfXt2GnbgF/ePXN9ZED3nTTFgR7dTG7PJlfTD5oLPQNi8hV/vPgSOvvR"
    "S+j7v51M9LtfLm5uwkiBBw9CnTUfdhlXNmBR88VcnoAVcBZAVbBoQiKN07+TeNHUiYSwTi"
    "U54hDA8RRXQZ+nVBzYjAPL0Bt/k1qxGUpl2+uzbS9gyQu6hWzEYXPpGstRKdtecfmwqe3r"
    "gQ+F2rlkiKTZuRoDFdFNxSDoiXcaV5UyztB1WMI41gIGW8FYWaiV/bQnVqdtOui0aVRZGq"
    "A41pTEMlVuRnGSIW2ZT6gOOaMX8waU0pYxqUCazrLulIFmSwNNxOQCsBWV5hOKPtsOepNy"
    "NLwEjo0MNVGyhhsna9xcnpwxS41rAYOZam5OLthfABVSNvphqOm4jUy/V0ErfWRURwvV0W"
    "Kge7jqaNGzLGkj8DzR7NM0jYR79n6dSV8+5wtiy0YG9LcxnrcvfndsP0/7sATAT1Ep8DcG"
    "n4AXMdwjAgX5NpDrCBtWYPJM3pXm2TypajInYKKNQ3HE5nuaSk36zSe9+PGqztbtYVfN0L"
    "oMUXrzZmi9m/Qtq6qu5zwhE3q6Bx8g03fEjAJcauksBONaGcjjigzkscpA/k6jXpgJewMe"
    "p8hUVFOf+QsI/a2zgK3HuGYsN4ihSk4rf4ZE4U4dy23dF3XvJ+wqg7THmKp+ZSrsaUhhT/"
    "kNtgFQazYf6NmMrZ+/yO89sGpTplrAtdcCbo2c1gDO6WYCcgJdLpu+bd+9MORRtsZ7rQeP"
    "lnWWy6C5Joi0pd5yKu/2DcM6/cdAxO4XDZfQwnpUJ5LtqDyQ7WiAcWzdxQm2YUelP5Xoro"
    "d4lusqo0uWTib1tGNLi2pC2bxhwEKYnY7CHt8snUzQdjypI0lHRNZIk8iEfFtmmSQjaUsd"
    "rG5Znr7BW1cDS8+rPmWjxQ0OOepEqvdhuTKRarXYWk4aE1RVRR+lWfRA+FWaxdA0iw2UCq"
    "VPNOC5dWwXeFAHG6l1PGqJfGQd8wLZrPpK4AmlOmaIpAsG29uttdewYRUNvzh2DDGQFbxi"
    "8BoUjrnDc/pUpIClaGQEuh7OVTAXs9cd41FAik7GS7RFqxJEQ81vCVxzw5DcLKWEIbkjDw"
    "LzGluvEZ+HG8IZfb0KbFMRWL0z9W1TeCof+rp9iAULzVIRFgIG0XznA55llNMdocJESkfr"
    "+f4Ma42loxNt5jnPPvR+8DX2CC39iB3NhGbgWohJt6Y2e9UgNl2HYqQ9I7JAWANaOA/fjX"
    "JQN/ncarNtTKkvgL+oX1FsJfiogmJ9Ohl2KuzDWVYX8K0oqJQnlNCs2bzNOEatiPSULoFq"
    "pKUBuUp4nXyZZuTWQvmZRHa9vL76OR6er0mTMySPD49Mocm9opAC8A4sD1TCF0I4Hi8hvs"
    "1nCStLRMeWiEjOEpnQKRLpbJXNz2gTPnFdSxX1HBIK6eBtvjym5RjAEoJ3RaHgXQsvMyL+"
    "V7CAY5pGOoibF5RVeYZNjsCe237DS8rk//2x2YShHLohq4vUqibHULhNN2Of19e2StDjUU"
    "t3ZLZRul450lSFiN7CqvyT6zb/hitEqHIGzZYzqOP7jXL0EdzS9ytQ2GAok7lV3+9dVEz7"
    "NggxKfh9M/d3qny+cVlu3YuHttfvOsCEslglyLxty+slFwQk1BSJfEVl64il5VJpQSjtf5"
    "LM6I6efibdgTqyRrbhfWOYcA6cijyNmEKazqMdZ2aEzcvBzOH65Cpwz9JJpBt03XNDKbtK"
    "K2sX3i6iRluViUPcecJwzJAKKTgZoopMDWk5V0m6/RfFuguBaqWnXzCzkKE/QiFlIkvVDN"
    "ZvO41b9gz70PAgYYAJx6xySBXgIoD7EEQtYOsGr3KJpdhRuo5iTU9ebgRxvXkvUyBxduYf"
    "15j4x6Xz/rgQ0WpZzjOkMpiH5giLdRMtkvajqyh7n+oq2nlX0dH93XlHXuU6TuX6bUUHEk"
    "cI8U/3dx2Z777nYML76Vk3KLcQT9i9mX/TraIbiBu284fFfvy4t6fO78palavAf4DqDyqQ"
    "tZDtwScksXBIlcTSuMRCtUKfI7iXsyUh6AczpGpKP/MANrldu8v5kaZRLGmcJU/ARaa+mR"
    "2NRyuhkrs3rqPm0lEVlsuCqhth54VRtxsaeqqeIQUfurb3YAq1viw+jAN7xstGLHWJcGm7"
    "83nu7e7utbUaGg7wjfvr0M/Qn+lvcp71hRN4HOGpFOyqR3SH+fvxQBBHPv1G2xFUD1JUSi"
    "cQ0AlUHl35xB5mTbXItVTIwClEctSrVWW7AM155m2xUlXLxwxwFpSGK+ebLTZQzUtWeFTU"
    "e02ckB8aFekwc2usomed0T9lxSuUYJtoVCgrQFEPjy0hSrULkRKkfBW/beHi1BCUEbdMJs"
    "yWmOXzb2TEy4ZM02aobQsWC778lDxNVrwIeNHZb9oSrSl4uY2SGWREKUpN3BKk+hmcgwGp"
    "9dDp1AosC6LOLtI14dS6nR3dcF5hEFUfW4Zuq6TCtwy19hyxqJl4fIdxBs4zXs6XIcbMqO"
    "yf5u2ybP8QgzRFoRBdn08VcCtKCqdTnZg2wve+VErtTi6lKjWz1te5UHlq9UDta55aLMBz"
    "hKyUbF8uXMV6RBtCVaFYAwMVztmzlIT1nZVt6Nu6bzWeM5rkIjJsQiFdrba9eiUbKio2DL"
    "AsxnQZgds+uod10D0sR/eQWw5Dn7kC226KQomyvDAZ17UQ9OnpqMdmYY5BqiqAo+QJKphD"
    "IJhDqb2q6IVSJiqVidjQzVEmUjbwcmUiVTRRoNGX5rD2Wjb0jAXA5Adfow+h4x+x84xZKy"
    "6qUGgsdNyxNWSGfz0jk+oZ2iOErs8uVPb7auzx1ToOi5pWWs1bajWCMe/yhrm30HnLBkio"
    "w3dCIGGNv8M68NJR5friYQFgG3iPkLB4AfZuyKtQUCkgcumVeCggHg5AqexIX2+lvM9CME"
    "k7IZAO3+Zr1wPTZM1Ci/BWFNlYkahUvMwO0kQq3kAqP3S0nzTuwFZpGeXQy5WWkVlUwCe6"
    "DyHegO95WsX5vnA+xijF+mIsrbLcKctdu/B2Ybl7i4yonmnSvUtcGSI+PUjJGApsbRrLT6"
    "CHjMWIYyuP7uxUmcrBaowqEj2kQ3SnwgL9RPctwcCPFImElujx4WEtW+lhha30sGDucDnB"
    "CeUIR8MlRLeVbij0jYRrfy43JqVIujcmtX+stGo2Eig80Pxh9u3/6ppGjQ=="
)
