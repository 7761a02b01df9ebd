from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "email_suppression" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "reason" VARCHAR(32) NOT NULL,
    "detail" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_email_suppr_store_i_c2e147" UNIQUE ("store_id", "email")
);
COMMENT ON TABLE "email_suppression" IS 'An address that gets no more email from a store: unsubscribed, or rejected for good.';
        ALTER TABLE "cart" ADD "recovery_step" INT NOT NULL DEFAULT 0;
        ALTER TABLE "cart" ADD "reachable" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "cart" ADD "recovery_code" VARCHAR(40);
        ALTER TABLE "cart" ADD "abandoned_at" TIMESTAMPTZ;
        ALTER TABLE "cart" ADD "recovery_landed_at" TIMESTAMPTZ;
        ALTER TABLE "cart" ADD "recovery_next_at" TIMESTAMPTZ;
        ALTER TABLE "delivery" ADD "step" INT;
        ALTER TABLE "delivery" ADD "email_to" VARCHAR(254);
        ALTER TABLE "delivery" ADD "visitor_id" INT;
        ALTER TABLE "delivery" ADD "kind" VARCHAR(10) NOT NULL DEFAULT 'campaign';
        ALTER TABLE "delivery" ADD "cart_id" INT;
        ALTER TABLE "delivery" ALTER COLUMN "subscription_id" DROP NOT NULL;
        ALTER TABLE "store" ADD "recovery" JSONB NOT NULL DEFAULT '{}';
        ALTER TABLE "store" ADD "recovery_scanned_until" TIMESTAMPTZ;
        ALTER TABLE "visitor" ADD "timezone" VARCHAR(64) NOT NULL DEFAULT '';
        COMMENT ON COLUMN delivery."kind" IS 'CAMPAIGN: campaign\nREMINDER: reminder\nORDER: order';
        CREATE INDEX IF NOT EXISTS "idx_cart_store_i_90cd64" ON "cart" ("store_id", "abandoned_at");
        CREATE INDEX IF NOT EXISTS "idx_cart_recover_b894b4" ON "cart" ("recovery_next_at");
        ALTER TABLE "delivery" ADD CONSTRAINT "fk_delivery_visitor_f84debc8" FOREIGN KEY ("visitor_id") REFERENCES "visitor" ("id") ON DELETE SET NULL;
        ALTER TABLE "delivery" ADD CONSTRAINT "fk_delivery_cart_a171dc23" FOREIGN KEY ("cart_id") REFERENCES "cart" ("id") ON DELETE SET NULL;
        CREATE INDEX IF NOT EXISTS "idx_delivery_cart_id_3d608b" ON "delivery" ("cart_id", "clicked_at");
        CREATE INDEX IF NOT EXISTS "idx_delivery_store_i_4c82a1" ON "delivery" ("store_id", "kind", "created_at");
        CREATE INDEX IF NOT EXISTS "idx_delivery_visitor_9b1c23" ON "delivery" ("visitor_id", "created_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_delivery_visitor_9b1c23";
        DROP INDEX IF EXISTS "idx_delivery_store_i_4c82a1";
        DROP INDEX IF EXISTS "idx_delivery_cart_id_3d608b";
        ALTER TABLE "delivery" DROP CONSTRAINT IF EXISTS "fk_delivery_cart_a171dc23";
        ALTER TABLE "delivery" DROP CONSTRAINT IF EXISTS "fk_delivery_visitor_f84debc8";
        DROP INDEX IF EXISTS "idx_cart_recover_b894b4";
        DROP INDEX IF EXISTS "idx_cart_store_i_90cd64";
        ALTER TABLE "cart" DROP COLUMN "recovery_step";
        ALTER TABLE "cart" DROP COLUMN "reachable";
        ALTER TABLE "cart" DROP COLUMN "recovery_code";
        ALTER TABLE "cart" DROP COLUMN "abandoned_at";
        ALTER TABLE "cart" DROP COLUMN "recovery_landed_at";
        ALTER TABLE "cart" DROP COLUMN "recovery_next_at";
        ALTER TABLE "store" DROP COLUMN "recovery";
        ALTER TABLE "store" DROP COLUMN "recovery_scanned_until";
        ALTER TABLE "visitor" DROP COLUMN "timezone";
        ALTER TABLE "delivery" DROP COLUMN "step";
        ALTER TABLE "delivery" DROP COLUMN "email_to";
        ALTER TABLE "delivery" DROP COLUMN "visitor_id";
        ALTER TABLE "delivery" DROP COLUMN "kind";
        ALTER TABLE "delivery" DROP COLUMN "cart_id";
        ALTER TABLE "delivery" ALTER COLUMN "subscription_id" SET NOT NULL;
        DROP TABLE IF EXISTS "email_suppression";"""


MODELS_STATE = (
    "eJztXe1zo7gZ/1cYf7nrTLqTOC+b7tx0xkm8d+5lkzQv15t2O4wMiq0GBAtis+l1//dKGD"
    "AvAiMbCCj6lBj0CPg9enne9cfIdkxo+e8mpo3wgw+90QftjxEGNqT/FG/uaSPguutb7AIB"
    "cytsDVgzPYjbzX3iAYPQO4/A8iG9ZELf8JBLkIPpVRxYFrvoGLQhwov1pQCjLwHUibOAZB"
    "m+0r/+TS8jbMJv0I9/uk/6I4KWmXljZLJnh9d18uKG12aYfAwbsqfNdcOxAhuvG7svZOng"
    "pDXChF1dQAw9QCDrnngBe332dtG3xl+0etN1k9UrpmhM+AgCi6Q+d66vr410/er6Xr+b3u"
    "v6SAAgw8EMXPqqfvj1C/YKfx4fHL0/Oj08OTqlTcLXTK68/7569BqYFWEIz9X96Ht4HxCw"
    "ahFivAYV2gBZRVzPl8DjA5sQ5LClL53HNkayv+Da4JtuQbwgS4bo8VEFlL9Nbs9/mdz+SF"
    "v9iT3SoRNgNTeuolvj1T2G9xpfF/j+s+OZ+hL4SxGcC4TN4B1fWAO+nsHdI76/Xwfx/f1y"
    "xNm9LOKGBxkeOiBFuC/oHYJsyIc8S5nD24xI38X/DBF9+oHmNbZeonlWAf797NP07n7y6Y"
    "Y9zvb9L1aI3+R+yu6Mw6svuas/nuT4lHSi/WN2/4vGfmr/vL6ahvA6Pll44RPX7e7/OWLv"
    "BALi6Nh51oGZWhLiqzFq39lO8fiUWtbYhTkwnp4BnTeZO6l9D9pz6PlL5PrF8XEWEX/89R"
    "ZaIIS3OBKinfOOOB78lPQ2wOHwPZ4A8dV4WDAcnbFThmzxlj2281cABovwk9iz2ZMi2M6B"
    "7QK0wDxhJLlXKYsY6VabJJHRRHMDf6nZ0PfpC2nE0YDmw4UNMdGcR/aD8fEHX/ODOSNk7N"
    "zT6DDTHE8DhDYIZ/0oh2iT/W6Wif4YrdGlKz8gQQiJD3G4WrHW8JtLZ5NPvzrhQYRuxPx4"
    "+I7CxhS18Md3JW51KW490c8SkQLi9t1t/iMjoCPXHnUiAByc1Nj/D/Lbynr7Z7eyuz9BxI"
    "IiCCcEEspXB+M68hVtVQ7wuCBfzR3zRQTguH2HQ7ibwXtUS3o9qpBej4rSa+AJaWNRcxnH"
    "7n4teFmz8tG7XwQYGSuhri7CcXvphm9rANtUHhJCOCZQENeEmAq8oZxXAPlvd9dXfJBTJH"
    "nFFhlE+59mIb8grTUG90+PAQ5fQJsHyCII++/Y8/7aFhsqQGcQZXTaGOofP01+z3Ph/PL6"
    "LK+ssg7O8lIH4azapcJy1HqztNwU/qcndKfptcSc3gApAoaQhJEi6XAJwY5nA6urhaTWMl"
    "KxiOSXkEhVFYE5RdIhzMDqCOPDcQ2MD8elGLNbOYwTRb0I8RQHdgjzjL4SwAYswp1Qd4i2"
    "byyhGVjQFMR8dHf+y/Ti4XJ68UFL+viM76ZXF7Orn+k1iE3Kis/4fHJ1Pr0M2xnss634Wa"
    "+uOcbGlAK7qo3GKTIJLcYDsRDHmBRMxMox8ObYTNdNbzs2ZykbYHNkuVRcbp7LlFULSKCI"
    "jTpN0p3sPRS5O3RX6EJG/zRJd4D23PpfcErmIC7i+5FeRQv8K3wpCIQVnscBwlvmb6SXPf"
    "CcuKAy44p+Pf1mOm1DwXlydz65mK6cVpscvZQMfYUegjv6eS9W/bwMdr3v2r/rkRHXt+uF"
    "S0KVXzdq0WZ0Wc6Tuh5oa3UrcM1Y2tvFscoW19SzPGg4bBjpmLZpuO/0d4A5wKaDd39/5R"
    "ju0jFMnCco5JdICKSLwzupE4Z3Uh6Fd1IIwhugIcZxV9wVscFc30yvPmiM8jM+v776bXp7"
    "H9pZHEwXHtIXO0vHEac925M7CDkN8dIN4JLA20oP5nag1OE+q8M28J4oG/AilPa4hv0zx7"
    "EgwHyWc+lzLJ/TDtpa75Ir3fL57Pr6MsPis9l9bqY9fDqb0hUu5C1thFaaSFF/Dv8KrGpx"
    "e/mc3m0EHbkUIyF4EwLp8G3eT0XXGaYhFOGtCCdYk/QjnIA9VppwAhP5hhNgQgE3hUZ9gV"
    "A+kemoXtBdRcxdMUXnhfm1dRtSrISic4uU8uHd/HJjOQYQi9FdU0i3mjevXxlLaDw5AdF9"
    "Al0RlAuEXQadR7a/QQKu/MpvQcVKmYUF2ZylVGzuNZsTa9k28zlHq2wmfeZ0xlMiyOk8re"
    "J0nzlNt1ljGcJcYHOlVSxDp6xhAtawxNvJF0JL3YUFOhWoUwpt7EgWXLp49Gr56vfyFXFM"
    "1BxUIJTPPNG8OSgBzaJb/FbCAb8HNcf6PMdU+GPzO9VX5COKkRiqWaKtcO3ZNFFRpQOJKu"
    "WM3QZw/W3d07DGbV1gszM2Ay19Be3q4fKyXsQu1SbsHYN1WZTpjHYj0TjOegZVUHMdmBzP"
    "hN6OEF2zPiTCp+2g73DalQR+x1OyOvhbR3GzRiPA/5V4l1zPMQPa7b9zQeEq1LnLUOcvAc"
    "AEEU6Kfym0aRIlanNEbarpbGfHNhtVUHsHs1wFLzN+qnDBFFmfUhRqDnHmULQ7iIGaJVK4"
    "btZX4814R7UqzicbGLh1larUZN2srMZyze6o3qx7khTY7IQVTS9tU4hOdDKOEJ3W18qFaD"
    "PdamNl3GsM0+VrHfozLGkbFawN27FitexGmBKiRVG/FNgl1JyAzJ1vmuc872nPHiIkSlhK"
    "F8lt/hGf8Rw+0lGtAUwHMH2MhnxWXYbsVkk38oVR/cNtOjkzLleczTNtMvszBWb0EMNCxl"
    "PjKaxZQ08qeK1RtJJ1r52PSJsB4+q6DX2KkBp5hhZvRZP8y3h8ePh+vH94cnp89P798el+"
    "IlIUb1XJFmezn5l4kRG5d6m5vDn38zXqL6fKm4tkf55TdWIy+/mKFdZa9fAZ304/za4upr"
    "cfNA/a7KneZ3x9G15wYvNWD2rRicWI7BQa0jNrXdM6jLEEGEOh9NoUSYejnIkBgiN8ywiB"
    "0xrD9bR0tJ7ys2uJIwJxmka+EIyWzs15sRzAWbfLc9JSJN3npL1OmEU7xWwdFxkiwzshkG"
    "9sN5/9pEoFq1LBAysVPLzqKbRpIF7D9u8P0wdWMGVFzateezG9nP02vWWNIlsLa/dxMgsL"
    "2j7SXZ79nv5+MwvbUEUSeVvWXWmcjZF1g8PI0tUnTaICsQsVH3I2owKu1a43DrmEHriBeN"
    "xqxYhaTmiPCjDhFTCq5naeVkUD95nThgUoD0x9LiRcZKnkE4abj7W3gM/SzZmEUJLcULo3"
    "8UiVRai4S4U4Qc/jxbJWVFzIUElXdeGw1rk8hxXH8hyqg2ff6N7AnI3bnROhsu2GwN9Esd"
    "uCyXlaxek+czrlYBZdsDOUisu95nI2/qJ2sGSGSkmWHF9j5xGokgOqclBbwLQYHFUX2iKl"
    "GrQqyVcl+fY5ulcsyTc9xRsA9ybwl3e5Loc1imvDXFwbN6OdDmzbOfh/3ZWcCOfkT5Ww3n"
    "XCel7SbWTU1kpZGSiqZRkrYjUAVOZ2t5nbF1HF8HPmQuElnqTv71Umn+RrjzedxZ3IQOED"
    "VA73a+Zwi1Yi26kAWd+E0ba9osNKWBAHenQzvT2fXt1/0FzoGRCTz/jj7Pcwggp9CwOqbq"
    "dT/e6X2c1NGH716EGo+0vkuowrW7Co+ZrfX4EV8KqJViT1JCTSRFJ1kteT2pEQ1qniQRwC"
    "OOE3VdDnKRUHtuPAKp7R3+ZIsQylcpj02WESsHRd3UI24rC5dI7lqJRNrzh92ND29cCHQq"
    "eWZ4ikWbkaAxXRRcUg6Ktobe8MXYe1vWMtYLClvZWXSln7e2Jy2uWg+DaNKlOW73kXuHEZ"
    "gRHHsFJos1dlXFllkPq55htLfExwXFBDI0tAtAUkvoYdzWYVNFYFNx49x9aAFkL5QQtwZN"
    "qfQ3OPVebw4H+gQQeO9kh/LBzHfJdXwFp7SLURaHUqsLICvaYVqOOjnPu2THWQBu1B4PN8"
    "k1U1/2MKCTFuPh3XhERwDK8pVFi8CotXVgOlFii1QKkFddSClV+aowskDutyBSAp19SaVx"
    "UH9pxezEvUpcXTXqNompLYd5TYIyYLiDtrCiVP1pAnh1csYyv/bVQYw40LY9xcTs6ZA9e1"
    "gME8uDeTGfsFUKE8Rj/8t0pzbVtzDf+KrDNRe+mUqoNxrVIu44paLuOCUuVSjITgTQikw7"
    "f5NTyyZhbhLa89lyLpvvbc6KfHABthLeV5gCyCsP+OPfavbTGgAvBWKtIZgeeJVvpK00i4"
    "Zh/WGfTlY74gtmwVV/M6MTXti98dh9WkQ9sEwE9RKfC3Bp+Ab2K4RwQK8l0g1xE2rMDkRc"
    "JURm3kSdWh7AKRG3GEvth4T1OpQb/9oBffXtXeujvshayU2m6+PKGq57Y5c8EFLzarc2RD"
    "ilVJDkOJflqglFFob1xVdT3nKzKhp3vwETJ9R8wowKWWzkIwruXWHle4tcfKrf1G3drMhL"
    "0Fj1NkKtmhz/wFhH7rPGDzMT49jRvEUCWnlfchURZEx3KbKi6likv1HlNV+0iFPQ0p7EnV"
    "NGm8pokqwdNNCR6OjNUAzuljdeUEulw23aFIDyLQbqJGz4z2I9GC3GqhnjVgZQGkMZobgk"
    "h1FLdrNJJUJWK9Ylin/xSI2P2i5hJaWE/qRLKdlAeynQwwjq27OME27Kj0U4nueohnua4y"
    "umTpZFJPO7a0fAkAJohwxKlS7NMkMiHf3KE7CLPdUdjjm6WTCdqOB3Uk6YjIGmkSmZBvyy"
    "yTZCTtqIPVrdbZN3jramDpcdWnbLQbzzGDUPovqBPxrb0qZcJNNWorJ40JqqrEg9IseiD8"
    "Ks1iaJrFFkqF0ica8Nw6tgs8qIOt1DoetUQ+so55gWxWlDHwhFIdM0TSBYMd7Ndaa1izis"
    "PVOXYMMZAVvGLwGhSOhcNz+lSkgKVoZAS6Hs5VMBez1x3jSUCKTtpLtESryqRDzW8JXHPL"
    "kNwspYQhuawsnHmNrZeIz8MN4YzeXgW2qQis3pn6dik8lQ993T3EgoVmqQgLAYNo/vg+nm"
    "WUc8RfhYmUttbzhwzWqNqrzT3n2YfeD77GutDSXexpJjQD10JMujW1+YsGsek6FCPtGZEl"
    "wnGdXU6h3ub63VCbN6LUl8Bf1q8othZ8VEGxPu0MexX24SyrC/hWFFTKE0po1mzeZhyjVk"
    "T6nk6BaqSlAblKeJ3+fp+RWwvlZxLZ9fL66ue4eb4mTc6QPD4+MYUG95pCCsA7sDxQCV8I"
    "4bi9hPg2nyWsLBEdWyIiOUtkQKdIpLNVtlG2/SvXtVRVtv0r3500fHibL49pOQawhOBdUy"
    "h4N8LLjIj/FSzgmKaRDuLmBWVVnmGbLbDntt/wkjL5vz02mzCUQ7dkdZFa1eQYCrfFD0Di"
    "U0u3ZbZRul450lSFiN7CqvyTmxb/hitEqHIGzZYzqOP7jXL0EdzR9ytfYYNWXb93US3t2y"
    "CEpOD2zdzfq3L5xlW5dS9u2lZuTFidlHJY5ce8pv8z5oKAgJoika+mbB2ptFwoLcik/c+R"
    "Gd3Rzc+kK1BHxsg2nG8ME85+U5GmEVN0J/Tvt7tAdJyY8ehBqIO5w3XJVeCepZNINej6yA"
    "2l6yqlrF14uwgabVUmDnHnCcMxQyqk4KSJqjE1pOlcJen2XxTrLgKqlSP9grmFDP0JCikT"
    "WapmsH7dYdyyY9iHhgcJA0w4ZJVDqgAXAdyHIDoBtm7sKpdYihWl6yDW9ODlBhDXG/cyxR"
    "FnR/5pjYF/WjruTwsBrZblPEMqg3logbDYYaJF0n4cKsqepw4V7fxQ0dHD3UVHTuU6PuX6"
    "p4oOJIwQ4j8/3HVkvnvLsYQP9+fdoNxCOGH3Zv5tl4puIG7Yzh/W+vHjoz11/qGsVakK/A"
    "7U8aACSQvZI/iEJBYOqZJYGpdYqFbocwT3crYkBP1ghlRn0s89gE3uod3l/EjTKJY0zpIw"
    "3d71HNsVmiU5MsWYxhnzFbjI1LczcPJoJbQ+HIzr2B9oqwqTcsEGEWHnhdHQW1rgqvqQgg"
    "9dG+IwhVpfFYXGgT3nZYmW+qq4tN05ow/29w/amg0NB17H5x7R19Cf6Tc5z/rSCTyOVFsK"
    "dlUX3WH+fjwQxD1oOPxjucq33jSN2ncb33djeHXfABhDUw8wQZwypdXpU+W9qDSqPqdRIZ"
    "/iYzuChpQUlbKeCFhPVMJx+U4zzOKT0dJUmGOFmLc6iR0GsF2AFjxHoFhNv1U3AxwFpYkd"
    "+VNpGyh7KCs8r5AeNEyckB+6X2gzc2esor7O6U9Z8YI2QJbuB+665OJOmE1Zf3fr7mTFLV"
    "TFmzgJV1aAokOidoQodR6VlCDly8TuChenSK2MuGVyLXfELJ/hKSNeNmQmQ4barmCx8P5P"
    "SW+y4kXAN519045o3YNvt1G6nIwoRbnvO4JUv0TAYEBqPTknNQPL0nSyk3RDwo5uZ1s3nL"
    "keROUtV8lBKm39NZN5PEcsLjNu32Ekm/OMV+NliFGZKr+0eQcTWz/EIE1RKEQ3Z+wG3JLF"
    "wgm7E9NG+MGXSqndyyXtpkbW5kJKKhO6Hqh9zYSOBXiOkJWS7cuFq1iPaEOoKpQDYqDCBe"
    "tLSVhvrDBQ3+Z9qxkD0SAXkWETCumKgR7UKwpUURNogIWX7lc5Hu2je1wH3eNydI+5BZf0"
    "uSuw7KYolCjLi/dzXQtBn+6OemwW5hikqgJfSnpQQTACQTBK7VVllZQyUalMxIZujjKRso"
    "GXKxOpqrwCJ0lqDju/0YaesQSY/OBrtBPa/gk7z5id9UgVCo0lJzm2hszw1zMyqZ6hPUHo"
    "+uxC5YGSjXVfreOw9A+l1bymViOYvCNvvk4LRzuymBkRcBMCCavIHteBl7Yq1xePCwDbwH"
    "uChMULsGdDXg2cSgGRS6/EQwHxcABKZUf6eisF5JaCZUASAunwbf5wFGCaLJaxCG9FGac1"
    "icptyqwgTeQ2DaS2UEfryVsuK9QNxOqIwi6lQbkyhjLrFvCJ7kOIt+B7nlZxvi+cjzFKsb"
    "4YrqyMo8o42i68XRhHXyNZr2fGir7m6g0Rpi5TqIaITw+Sg4YCW5tumwmdycZyxPHaRHf2"
    "qpw2YN1GHYgxJFljr8IXQhflOLe1roacIpHQJzI+Pq5ltT+usNofFwxvLidMphzhqLmE6L"
    "Zy8ht9IuF6QsrNmimS7s2a7W8rrRowBUqHNL+Zff8/9xhj5g=="
)
