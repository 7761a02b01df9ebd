from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "retention_lease" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(16) NOT NULL UNIQUE,
    "holder" VARCHAR(64) NOT NULL,
    "leased_until" TIMESTAMP,
    "finished_at" TIMESTAMP
) /* The one prune that runs at a time, whichever process starts it: taken by a conditional */;
        CREATE TABLE IF NOT EXISTS "cart_tally" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL,
    "abandoned" BIGINT NOT NULL,
    "reachable" BIGINT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_cart_tally_store_i_b02623" UNIQUE ("store_id", "day")
) /* Pruned carts that had been found abandoned, per day they were (and how many of them */;
        CREATE TABLE IF NOT EXISTS "delivery_tally" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL,
    "kind" VARCHAR(10) NOT NULL,
    "campaign_id" INT NOT NULL,
    "variant" SMALLINT NOT NULL,
    "flow" VARCHAR(24) NOT NULL,
    "step" INT NOT NULL,
    "channel" VARCHAR(8) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "clicked_day" DATE NOT NULL,
    "status_code" INT NOT NULL,
    "reason" VARCHAR(300) NOT NULL,
    "browser" VARCHAR(32) NOT NULL,
    "sent_day" DATE NOT NULL,
    "rows" BIGINT NOT NULL,
    "sent" BIGINT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_delivery_ta_store_i_8e5d12" UNIQUE ("store_id", "kind", "day", "campaign_id", "variant", "flow", "step", "channel", "status", "clicked_day", "status_code", "reason", "browser", "sent_day")
) /* Pruned deliveries: how many, per day they were due and per everything a report groups */;
CREATE INDEX IF NOT EXISTS "idx_delivery_ta_campaig_d31b66" ON "delivery_tally" ("campaign_id");
        CREATE TABLE IF NOT EXISTS "reminder_cart_tally" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "measure" VARCHAR(8) NOT NULL,
    "day" DATE NOT NULL,
    "due_day" DATE NOT NULL,
    "carts" BIGINT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_reminder_ca_store_i_43fa39" UNIQUE ("store_id", "measure", "day", "due_day")
) /* Carts whose reminders were pruned, counted once per day as the recovery report does: */;
        ALTER TABLE "cart" ADD "whatsapp_consent" INT NOT NULL DEFAULT 0;
        ALTER TABLE "cart" ADD "sms_consent" INT NOT NULL DEFAULT 0;
        ALTER TABLE "store" ADD "text_messages" JSON NOT NULL DEFAULT '{}';
        ALTER TABLE "visitor" ADD "whatsapp_consent" INT NOT NULL DEFAULT 0;
        ALTER TABLE "visitor" ADD "sms_consent" INT NOT NULL DEFAULT 0;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "cart" DROP COLUMN "whatsapp_consent";
        ALTER TABLE "cart" DROP COLUMN "sms_consent";
        ALTER TABLE "store" DROP COLUMN "text_messages";
        ALTER TABLE "visitor" DROP COLUMN "whatsapp_consent";
        ALTER TABLE "visitor" DROP COLUMN "sms_consent";
        DROP TABLE IF EXISTS "retention_lease";
        DROP TABLE IF EXISTS "cart_tally";
        DROP TABLE IF EXISTS "reminder_cart_tally";
        DROP TABLE IF EXISTS "delivery_tally";"""


MODELS_STATE = (
    "eJztXXlz4zaW/yoo/ZNOlbqrLbedXmdqqtS2MvHEbXt9dLIz3uJAJGRxTAIMD8vaTL77Au"
    "Ah3iIkkiZpVE1N2iQeSP0eCLz7/TEyiYYM58NUM3V8ixxHJ3h0Av4YYWgi+o/c+2Mwgpa1"
    "ucsuuHBucALIRipObOjccW2ouvTmAhoOopc05Ki2brn+w0ZT4OiPGGnvdQzmNlk5yAZkAd"
    "wlAnw2oBLsEAN9AOeuQ/8gTzoCKrRtHTkAAhtijZjAJU8I/wgINtaMlD1aIyp9to4fG3vK"
    "A+YXvnPA7c/T95OjY6A74AlZ7gdwS59GHw2I5wKENQfo7o90Hgs6zorYGlCXED8i/xZ6Rv"
    "aaToo+sNf2sP67hxSXPCL6CJu+/D//l17WsYZekMP+/GO00JGh8X+PPPpLFF1jlHQypCnQ"
    "HbHx6MWyfTY44RQBV7FnGIxna4uzjFO+UCbxP/5kA60nhT8hsRb8Z/DrSkh7uoT2T3wkw3"
    "uuqMTwTLwZba3dJcHRcMoOdvURYWRDF2mxRcFeKlhE4SUfCHrBtT0UIaBtLmhoAT3D3fwk"
    "+gabayNFuby6U25nd4oyyiy7kCK2RoJLbCFQNHTsOvz3m/BFMRB+dJf0z+NPf/rP2eDgj2"
    "IP/Da9Of15evPu+NP37IGErnv/q7gM7kz4rT/5FNCFyoaNG5hVGzFoGBszcJ/RO65uonzI"
    "k5Qp6LWA9EP4j10YEV7YcGLzTbfAihLo786/zm7vpl+v2fSm4/xucLymdzN2Z8KvrlNX3x"
    "2n2BRNAn49v/sZsD/BP64uZxxO4riPNn/iZtzdP0bsnaDnEgWTlQK1OCbh5fASHbphswEd"
    "l+6TCO/A6DStZHWnWR1ty4JsjtPVwOJg05Qcrp/D/AyGFP8cHhcfkUmqeo7KKkwdjVo5Ki"
    "cfP1Y4K+mowsOS3/szgXQoPymOC01LBO0sZXuI9048SS3tPNHvHLslyzpX/NP9ld43hB/Z"
    "S7yfHHz64dPnw+NPn+kQ/qLRlR9KQD+/vKOIMqF68ZQr7zG4suj+RGxENYhf0JqDfE7fCG"
    "IV5YAaV9Hug7l6hvCf4RIKr25OKxuuIlUkvrIoAPRnI9f/6Ke3p9Ozma+7zKH6tIL0O0/g"
    "ze6QCUldicZmb5kTM30FYrpZa8GvYO+cgb5IdQ75sk1vDtfCVqW5GNrt2qOQglf4lVf9wA"
    "M+dle9q+HrHpeoc8iEuiFyTkUEg9OdJ0dVTic6qlggOMqcT9GxvoTOcid5ICQcoDjQiAgm"
    "DRTF6NMfqF1hYx18Zz3RcYItIaPiZKSW4vN1szyc0OiYWRxfAsqffrlBBnQDA3GJOBOzOP"
    "dsIRRJNIkPyUTmHNnOUrf2BOvWpdLi12i2IeHVqNxG17vJoZ09I/7IrPSWGlIuw0WDFRSN"
    "3ur+uCUmldSYq8BdQhcs6fyUdxpwCXMX2ETzVBcQG0BM/19Dtj8MgoVBVvSis6JMB+/YUF"
    "1FYEWfCzSywuOMB6SpBz1QnhH1CagUOsA4M47Nt4IOoJsM0sabeU3yjLTvfwToxYLMxAUI"
    "1WwAZToBtoedMfOEAAvZdOIloS9pA91l7hkV2ezufA1WS11dMq8Je45KdwmgGlA3mZMFLH"
    "TbcXdxpISvExxPscOqNXfKF/3xrQjc/zWZHB7+MPl4ePz56NMPPxx9/hhJ3tlbZSL4l/O/"
    "MSk8cS5uF8vZos6XFmfYMzM6d4ITIW2XBcbR9c356Uw5u7m6PvG/WEWzifWAv0xPf1HOL5"
    "Xbu6vTX07496owjy37hOndm6tfb2fK9Mv08uzq8uvs8u4k8JYqcM5coNik3/0DvpldX8wu"
    "z29/9ofYyKIyp+4s/bu/0vnZc07Aik7NHvGAL2e/KtObm/Nv04tb+oMQlT1sW3+mP/UBX9"
    "2czW6U+2sm59CbfJdQPIsJgk56G6sk9lbSM0rUjIyWwdZRdrn8/fbqMv9jDcenZVydbon/"
    "AYbuNGYIG/1l4WGVrQIw93TD1bHzgT32r00ZfUugZvgkxNsQ4ndfp7+l0T+9uPqSllvZBF"
    "+k+vEWXSqp01jIb5Ykla6zLvPZ3+yFTI9xkp08DB1jZz0myJhJzJe9xUBNEklYs7A6TMsW"
    "AzVOIn1h231hHK8anGG34Tw9g7eqIyy+rvI9YTn7QQ24Xm9m6tdeUBXY5C64HVp+FNUA7F"
    "U4zzBhjZ/YnfLcRha7r9B+GpUaAPmIcUX7nxkO3mr++5ms6C0bQMA/6u8cZvnSCVXZgKNC"
    "DN756jeIqd9jpla/9y1tD97k4+T4e7CEDjAIeULaCUBQXfJA44wJsMmHPWAXPiGHR1TbPL"
    "Z5YRMTLJGNmImRyn/McmeSZ2aB1Om8DgHuioQWPEqJuUWPvwizAPJJigx5/9ycFYxg9L/S"
    "yf2KTm7Oggysxb7XcHyXLWi7ulxrtz152M2LICjXgSMiaebotPorlQqpVHRESNuuVLy2kH"
    "bj5WenJQZUFdFsr2J+2hWVRZjLh0pLJhVU6EsyeYZJKKF7Es5Zlhe/4s3/jVQXLIjN/yaq"
    "6tk2ouvqA7ijgpG/JsATWgM9K5419iQqm9FLzIP6nqeuPXqQSlcuQidgSVZc7KLwr2Oy2I"
    "IuVi7Kbeb1/bJUQAToRXdch3l0NX9murY0neEFDeC7cXznMX0DDzGvrAMoK3T6HJZN53iq"
    "ipDm8BeqIOCF/rYABP5P/9fzpRq9YEYITLh36eftej7m9FF7enXZFp6YO7aL57wtlaOlH1"
    "n6kaUf+a37kWObQmVdaUPS5YWyq7p0XClC9bgkQvU4E6Hacsx1x4xyLQRdx47fyst4QzLA"
    "ZVx/3lVMrBFAOUklga4AtAztKYS+7dCejYi+izi1oW4xldZCVPOhEIpKVbPLs/PLv1GRyq"
    "d/wLdcAHK43HP7y/n19eyM/vmk07Nf20V2Oahyrh4UH6sHmVM1UJsy3Ck3RG6opCWy05ZI"
    "G0GHCFnxNxQyd10mTskPKUqA8q09gjyOkcmIxU7zV7psao+te9YdnWIkhmqSSIYsSk/Yq4"
    "TXBcuwBly/bWbq17qtCmzyixV1MsZUkciZlOP7EEicPfPnWQ8H8UYTZk+haUG6okc5Ttjo"
    "3rjM/6rGR1WoDGp5zjLuC4VUQ35kzgFWu3MTxeZ4c0bI8p/HPNKMpbGy3FUuNmX8rDXOK5"
    "hjurFRUHGv3dzSt+IQbCzI7Yn+LBH1OBzfonKsenTlmu2oyAfHVQxMaUE9ZmA6TuvHru4a"
    "QtbuiGCAhu6DSSUD3qTEgjfJWCDmRFuLAByOH5x951Ml+86nEvvOp6x9x7OFnI7B8CGu3Y"
    "+V4GXDSuzPWYB1VcxAGY4f3PJtDGCTykNCCIcEEuKKEEPuwMvRW4o9jjGSbjgd2fMG43R0"
    "3Zxdu1BYDka3Z8T7fExPmk5LzPEDkCKgCkkYMZIWtxBMbBMabW0kdTtiA1VVBOYYSYswQ6"
    "MljA8nFTA+nBRizG6lDNLQ1iF7lsA+HaeRG3XtG3UPo0McdYk0z0CaIA9Gt6c/z87uL3gM"
    "SDgHjxHxo0acMGrkdHp5Orvg41T2sw0+7qfpOb+0gHr47FdX7kN7V4Z9W72i0u3dC7eoQV"
    "RoKCEjqh5MSarhaRG1f0cyiORNfE30uLJ3Y3OSUoaSdJnLlFWPyEUi3po4SXtaaF80UCbx"
    "eHkxDsUnUIxkcMfPYSUb1mGJCeswa8GS8U8yUKcj8ST7pKzLaJJXjyaxc2uu8+vj8igSu1"
    "px9WIAhOM2NgttY0nwU0v3DuNIJZPbSCVsGSmYjmkwUT1IxK39/WNBXjK4pUsHzhgUB7fw"
    "PsYiYlNEMLg2RfWnGPbQckksn7siRsur69nlCWCUD/j06vLb7OaOGyYJptuZ2xVDpEwObz"
    "g5nOOlqNByqVq1U/3uvAmkIaPLhgxW75KyAT9yGTLXOfmFEANBnM/yXPoUy+d0gqb2u+hK"
    "u3z+cnV1kWDxl/NUBZrL+69fZnSH47ylg3Rfv8laPvh/BXa1cPzgbB6NBE5aFCMheCOCwe"
    "Fbv6/dMZ0dt40UpdwwBDaM1RK6DtWxd4Q+j1ziL4A/PV2ZXpyFvSQQcEPSjfiSQVUf0XRH"
    "JR52KeCa0F6fIRyeovCpWrh8SbR8tm/vmkWkKawnIRHKq8lSDg/v+g9ZHmghHpoxTBmmgb"
    "CMJVKfiOcqjossEZQzhG2miwV29F4CLuNg3oJhIeZiEWRzklKyudNsjmzEu3zPKVppKewy"
    "pxNeR0FOp2klp7vMaZu1BuIwZ9hcallI0EmTgoBJIYocyBdCC53kGToZWFgIbRiUIbh15d"
    "HL7avb21fAMVFzUIZweOaJ+s1BEWjGrl2f82eQ31iXvzEZSixLKXYYVhmhvW0XkqUUO1hK"
    "kb4CuLy/uKgW/U61CXPPwHcWsX1OpxnQOk56BmWCQBWYeL+lPSEaWCPsxhMo+GdXkEQRfp"
    "LliRSKHg6rNZvin5F3KWw/X9qdL9Z4XSYNdEkGGoPipIHfPYhd3c0p+FMIbZxEiu/5YUG7"
    "2ca1WpXezsFsI6hdYWO9OXj6oAUHX3u574tvwiL7U4xCfkM531DsMKkOapJI4rpdBw4P+D"
    "1VtTDfs2fgVlXUYh/rdgU4lJX2R/V6M9NAgU1+sF3qWM5W9B00+GGVK5n7N7eL5m40bmut"
    "/Gvbw0gDjMzxm28voQbmCGGwIB7WQOQ8HwPWSVyDa9bfew1WyEbgHb3HWoH7bcDJgt3y64"
    "jH6+Y38IwHrBLPYJMAG5lsxWnfV2gJTmfO6BNCsr/skM3utdEhm7EqV5YtCKaGebpBQoTt"
    "756WhyoTQdM6QPgZia3bBNlgXPitLN9qUSsl2JcFrUjsK2Iv3YHSb9UR4XKfykJNipaRCy"
    "FHsoy7F4oFSy0+aqtYeYVRvE8SPV383klBZyQ+jnVFYjd43j4IktROmHgHiOfOyQuwyWoM"
    "VrbuukFVibhUWf8jHvAcLSj/ABU03SV9DNAd3lp5v5ZNQeiWi0yr7ro8YV+sZImhGh8QBz"
    "N4iGro6lOT1X/GiVyLWtGKVOpmfkT86w/bODXzU5hl0OQ+MYUqV626P6QK1JYKFBSGz7Lg"
    "1qQKfnFQzoZsQBE5h5MfjiP02R9leN9+nV5cZAXF4lZs28spvUZbtljXQ5GCSqfTr9fT87"
    "9dsuLu/gwP+Gb29fzybHZzEtpL7Ad8dcMvcP/7A57e3119nd6dX1G6zfaSPnarhHnW37pi"
    "YZBVPuPyP4Fw/PBCaCeVKi+VFF7KqTImFPS/V6x/16Ct2YFEVXmMkVCVsBhJizsLE5QFd5"
    "Ud1+vnCsv1c+Fq/ZxfJMwlIhDHaQa4ITRRi82Ca4PAnLOyuMhIjKT9IiOvY4Jtpq8YsXRV"
    "ZHlHBMNb2/WXs5Bd22TXtkYLVtTfta1/RWDpUA8J96767/vZPav76lPnda06m12cf5vdsE"
    "GBNTLbteoBz367Pudj0Iul2zuWj62djYH9L4eRxX65GMlgXEO1bT9pq2oG1/K4xxzyAYY/"
    "9iTcsVLSn0G4xdbDbl4d5nJup2llemeXOa0akPJAU+ZCwkWSanjCcP3J0wZ0WP0wJiEUZK"
    "sXnk15pNIilD2lOE7ItvOSE0tK6CWoBldGr5H2UrKw25s4G5g7frd+sLJ8Sh/4Gyl2OzA5"
    "TSs53WVOx0IwRDfsBKXkcpe5nA1UyTC7NDY5j3xAgmbLkbKpeLHKeYMJqgHBX5/nt/VkzI"
    "EDKmO6G8A0G8xZFdospVy0soaWzEXody5C0eZQA7jXnrO8TU3Zr1VcGebs3rgd7Xho555I"
    "n8amGibCKflT1oNrux5cWtKtZdVWqt7QU1SLijfkQ5pUcmsAdxpNeOMNeF/INQ7sUdJQFq"
    "JrtxBdmHhYWPMiOWBcJT1xh9oXmzKNJ1GdibxCFJrHMgM1fgexZ/k5ghDYyCK2Cx5t4ln8"
    "rfKqX9T7lAfMqmCA+Rq8Y4kp4yjTg9MGGUBjwPIgxoCF7NMRfqQ5vahjaADfeTvmuZCJN3"
    "jAgX31R7AgNg+r8mzk8IF+giWyn3UVfefQZzmUwp9jbpMVvcOfH86pu2AF/RTKKtU5whSb"
    "oJZD6tiPZ0MF6R1hLkIsiH4T8BZaiYPZUs5qG0HH/46DF+djmJcor0ZIYdKlzLrrqU1UFh"
    "6psfBIcV5dPmbt59K1FqVTf+To69nsBx0/+krJtTth+v6gWVDryK1tNUWzy9FN/c7QHPQ3"
    "35f8zNZOq5qzM8tyVYrWavv5KX2WBZI6TVUZNUX2GrLq6OPHjwfv+f+a2obFZNbd4p7rCH"
    "nupAhQY8e7ULGuugdsKAYnCzQS6RwzWFSFOEYyPIxrTxKOzEACW2ycRu6v7KumK07MjBVS"
    "DEZubbsMJspTZ8sQDykk4rLwqAz26SS89QX7FHtAG/Xx6Y5KPOyeMok5z8UXvz8u9fAFIy"
    "Phu+7GU9FS4w/Yq0z8W3HVNNYiSrR58l49k7v2zTed99uvMojiQI+uZzens8u7E+ZEV6mM"
    "84B/Ov+N1wjRX3jJkJvZTLn9+fz6mhcYWdgIKc5StyzGlR1YdHBcxdCTTsOJGXqO0yx6ho"
    "YnWEo+IpHS3G7SnKljxfHmLnFhjom4DPo0peTAbhzwK/Y4O6QEJillSmCXUwI9VrJdMXRT"
    "z2Fz4TeWopJ5EtnPhy1tR/EcJCKRJokGs3PVBqpONxXV1Z/zTmNCDARxgaQfp0vBOqeETe"
    "EaagHtbkJfrq4uEvvPl/PUbn95//XLjEpBfOOhg3RXGlUaXcTSqLJtIffWqDJjFY1vPSuM"
    "Ox3lGFYyY8ZlxhW/RrKTGr41gnqKw6Yqfl+/R+Q6ABNgsi4qftOVhU1MAAGH8gR4OEiXmr"
    "Nmf8QGNvo3UunC4bHGj4RoH9IKWGMPKTcC8YmlFehVrUA+DzK4bin13XXzxK5xZU0U+u6H"
    "t741jOv3JWvIFVzDG4rhuepl4TdpNRjvWPhNqgVSLWjlc+mtWuDnnuboAlFSarECQKIhTX"
    "lVsWfO6cXS1Lo4ss00zos/IZIWG+rR51J85h6bOMpObTNlUKofe6ofwYoVkN02FFI4rhJo"
    "2bveFjs5o4M+FlbYx+L6YnrKvNGWAVXmjr6enrO/oJ7pZtENZ7RUw5tWw/l/RfaZYPzgNM"
    "SDSaWcmUlJ0swkoyFaFCMheCOCweFb/x4emGaz8Ba3iouRtN8qbvSXhYdV3hx87umGq2Pn"
    "A3vsX5tiQAngjTSQUz3bFm3MFacZ4J59WGXRF6/5jNiyU5DQ6wQINS9+tx1zH4vTEwA/Ri"
    "XB3xl8F76I4R4QSMj3gVzRsWp4Wl5YT2kISpq0xSiU6Epvw1DCdAOx9R6nkot+90UvfrzK"
    "s3V/2DMpNpV9lmlC2X5texqGBdcmyxo2EcVKqH5WlnKIQnvtqqplk2ddQ7ZiowVi+o6YUS"
    "CXenAWgkklH/2kxEc/kT76N+qjZybsHXgcI5OZG13m7wIhjbmqFQp/rgpeXjsvh3xAaRy1"
    "FNELEVKJaeaWc7hDL9vQjdEO4HQq+35mv92Vm0+jz+fi6vJv4fC0TbWABeL7WIpU7mWd3s"
    "s8Y6EbXIwWL1uXSzyAj63pSpYFITEZ5EtbAhbOMaDDpPW+gLJ93Ui2r+s2prK7mgwC7lMQ"
    "sOya1GjXJNnkq7kmXzkyVg04n8WmGibQxbLpHm2pYm2u0DNib5SVlwU6VG2ag82eUR8PwC"
    "JmJGNWa0CKp01UBakv51iyuIWLzDpAOqfzDAmjxrN0/FVVlKoTrbkt+Tr+fsAHbk/V523A"
    "AFkAiAGn/s4B/yaejdEawIWL7LBdlx+WPgbQ7/llIps1QXCDBmRIo+NykvRrnz4nm6gsdc"
    "gHpNbUIZlt02a2zZtIBuFFB1l+Bw9IZMkfV/d3yk9XN8rZ7OL82+zmf04A8VxlQaW1UIJ4"
    "wME9RhdcZJSn08vT2QXPFlEZJsaOCSP1m/moIG/rYplTMZLB2VEPKrnUD0pc6gdZlzrb7p"
    "/oOyieLZSbk6YbItoV4S7FW8YwvE2/UFyOqHjCx0mk5Xa7iTHKNd/TnlC113LX4K1qTYiv"
    "q87VGeAqX5ECE+qD2/QXPRxXa9GBSmpCnTUFnjx/v6phaqlztKpz+JyrKjsFw7usYewoNB"
    "1X0QGOi3WA4x6mNLcGbiMhtfSnuopl63lBzGXhE0m6IYkrLcdM/O5B7OpujmOkEPs4yZCQ"
    "r83Fb+iYHeXCyT9JuiFB2/KiltqP1H6k9lOq/VzbRPPUXOdNeGtcpvlYsUFN1VpjgmqHCq"
    "2pdP5HYq+lZtSpTWosNSOpGQ1PM9pBKZL6UA0x5MS0IN3y4U5qaR71gKJ1W+aFbrJmSYKe"
    "wQSRdAtWdAsKgizhFfS6hqKjAMZxmiECXX8wARXW1ScBKToaP6AtWnYM62upJhtZ9PPQna"
    "WiwXVOBFnhMs4SyvWchZeq66xAJtKUnYEum0JCniNLdyfWqGNIDynUyLO0HbmcpBxgRBlr"
    "M6VdYWM9irIWesr2TM6FTA2WOawdcbHs08hG5qftlXnl57run37FMoKHln2VyEQ1kL3vig"
    "rcclM21VBxetbRqh6YvtGZhoRSC75gf2UVO4SjlbfVK6zAaGiVjL4lsSxkg9WSAOg8IQ24"
    "BMwR/X9DA3BOPBdAEMx8QkchzJLwdAewXw90DLgdB7xjeXgrXXtE7nf8rdKZfQ085gE/jC"
    "6Jqy/WwEQPo+9Zm96A0gHcAwA0m1jOB3DHnkInYdQ8JoD9a+2/SHEf35iX/YmuSG5C8H9G"
    "uWM85IN/KIakmL2pHgncr5FfWOY8GZhTuxVnSbHrO2R6VXNzOH6A/tnPFUzNnwsNzZ8zZu"
    "bgCxQAN0YyQHwnx5X838cl/u/jjDG/5XZdHZO+W+jWxfLVMRKCOEYywGVc8zZhEJWKQSLw"
    "biiG5++rvZ1fh4zLXVvW/TUzZq3LKZlVhM8pUulF6DKfkxpLZYdcnEjalGUJz1YwlSU8pf"
    "ujT+6PnH22BlxjaSIDRTZ5vGzHVtbyrKOWZzcSo7j/oNgWHroXtpvCn8ORWy3hd0vITNAB"
    "NMAghBmpYcwsDSz6zieAYARssgLMmh2OhlgLR43Bgl5w0COr7O9ki9w1+JxcI3bsswh3n8"
    "pZXQZ0fAhrz+xKftw1PkfawztpDy9wLZbIa8H49kTggw4LaommI7qd+FoyoG5pMJMll0aY"
    "Tivnqd1RkN9ZasnuTrNb2mKkLaYvmL6WLWaIuEpjzLbtvWZjzGsYDPqKbBWLgTR0NWfoei"
    "VrjOcsb715/NdnTTLpMeNSuwwdrTjp4RXCFOc2WTm8IQCbAsSnGAMNaZ5l6CxnVwPzNUBY"
    "swgFHKx0d6ljAAHfGfI6DtQ2b3kxnZBSWUJnWd0As0nnrNH2kvyW63mELKzTZmGd5GrK4F"
    "sSpZUmHGAgUf3FdkLUskgXd1KO0wwC5DIVu4keytbk6FgTWtwbikEA3kLJBui5QgiH4weI"
    "7+GkAryHk0J02S1ZwuFVSzgEopzIgo6RDC7os/4VraHn3JpcxfhuKAYHb/0xtTJkuVF4mW"
    "vj/wgWAjhOMziI6xeUZVT4Lkdg7zxUsubIm2CzhrgcuiOrs9QyBaAv3KabseObZqsLennU"
    "gzsy65eppVd6OF7pju1O0indCfde953SHVu3Nfik6SuAy/uLi2rFp4J+yDras/jNWdBseT"
    "iQN1r45gaZ7OfarPzUHTR4nb6Mezk7aFzmX7aD4QqvjeVGBFs9zGx+h1WncRAIJ6F/IxsB"
    "y/YwazavEg8zRzChnx2PytfgOuxAbyOVMNYHHeiBRpBzMkph38hDHvC/gqm0f20IounBih"
    "JrHvoR/Es1dPUpPoplGLDbwY0xc3Gz59B1jhyXDXnAbAxZ0MvsnYOB9C/Ib4eT+2V5grfi"
    "vyCY1GG0rBrPir4MWX3nbH729xW85iaVJD3/n/Rp/D90MPtn2oMuw/47GfYfY2BVTSJGMk"
    "A3U81VLoKvIquXF2hpMK+efUIR7yHCJZAyzToNWbCDiMC2IXnT0LEzNU9EKmvJEpK0p6h+"
    "HMCOKu0DUpF9deF/XGOl32b1CBdh9qMvqOiARrlKRGLEFg0iGEsP7XBwheRhxKVpLsX74j"
    "H9l+On9bIDYkylfl1dIiq+swReFTkOoOuJqQO6S+GGTwgz8RtS8RlrOpvX70Obyh1u4jEP"
    "+P6a7faM1kBgYSMq0BMboBdLt5H2/ZgK7ZjljwG4cOnEiOsgc+iqS3aLw6T5hTc1+nZFcv"
    "0+EvtbEdcbixh93X6Brwttw3EFS2LkNuMtBndDMTgHSf0xBf72onh0T86plrgl9zVFKz2Q"
    "XfZALnTW02fHpPYEqeRz1/icEb9fR1S89cul5MmI4a1S4dCJDapSWx0+M6nJ03RENYcTKq"
    "wZyAHMhhvVQ+duc91djwE0DN/SikzAS72soz9NJmvR5ZGXwNTIM6T4JsW3zux9KQtqlTyI"
    "z8VpEJ8zWRB85QuZqEOCFsU3+uW2I8EdVolwKQ5wSYPLt6MsuH+/vbrMBzciSB/iuuqC/w"
    "BDdxozYY3+svCwyuADc083XB07H9jz/toU8iVQM4ASB3ompyqdPpU6qdkE6ZwqGZ87WAFL"
    "xue+OTZL14B0DUjXQLm+t9Qti/7AG8/IdQwk7o9LNb9gpGKHQ7fpf8Uglwe98PgZe88QF6"
    "lx7alxhVwQUAtiJANsglNBLSiOe8+EvXdfoR3d0j1doztQO2pXI/n9dhCVUj1eI6SQ4Rq7"
    "hWsw56kC5yQ3678E9yTdgLIPZLiMlImlTNwpmZjjnicMhwwpkYKjIbVKv1LSlb6FLgi5B5"
    "NKQtikRAibZIQwy5sbuqo8ISFlIkk1uDCc+uNEHKTayGWACVfFyyGVgIsA7iBooJy9ubg8"
    "Xi7xIHaUMgtzE3Xy4os3t0ZhtXU/pFKFjabcQMMgrJcCsfVHHQu5NnNIpZOzfienZ9sIq2"
    "KmuxhNiyam+9uzdqxLNTv1e1KpDOH397ctme/ecrmy+7vTdlBuoGJZ+2b+XbeKdiCu2c5v"
    "2bqKHEXHquFpVOmHLzl20bJqqPkTtFgWNbrS27qoFlyzoFXFRBQ0TUhiySGVEkvtEgvVCp"
    "0cwb2YLRFBN5jBHjsYZsxtiDX2QgL8iNNIltTOEt40xLKJaQl9JSkyyZjaGfMMLV1TdjNw"
    "5tEO0PpwMKlif6CjSkzKGRtEgJ3NCy7uaIErm2MQfGjbEIcp1AqxWfEp7JnzvJTQQl9VLm"
    "2LrW8/fuxL91vo0ufNPZ6g7xeVUpbEs0V6C5dN0R7mP0x6gnhYdUzk6I3TyHO39nM3hFdx"
    "VIjxrtnRxbPI/Nkux/2zmyYvRSnmfUiSyc+yfj2eneImchz4KJbzliGUzKmdObpDf4NJBM"
    "2PMSppcxSwOcpMw2L5jP5A7Qrzcre8xm4/jqbgQN+nskPeEaagZ4RzqwoKFF6eRtPNnlEv"
    "Y3aLgkoLDn7FhPZTbaB9pZO9AcxYqbS6ILvx8FARU6FpQf1xX6xOg2mGC1N+MVQhiOzB7l"
    "VR/fW9q+onKr8PEapXaD/QZ5zW9SyrEK1hLy3d4eEqdJi2N2DBXKf0z6HihUyoG4rjWRYV"
    "ip18C4sIZjM23+1muqHixl0Xe2J1ZQdFMYcIkGUTzVP3FRiu/VkGDpICDbS3bBVANWVTDR"
    "2vZx2t6oHrG51psGixcBDHm0dP2BcyOt9tbLqh4pZtqbS37JXb1GmI2AX1QveEK1aadJAg"
    "xUvr7AtVqqDPEPEyEYsQYajtCxbL5v4azTZUvFz4orDftCdad/DlptddfspRCrop7glS9a"
    "aTvQGp8VoMsS+wqCpD8iPdUp9BMZOjay5U5jm+mubXgpBVyl6zdoNNxNLwwvEtJi6RFfbX"
    "Sx+T8GQ5ofrjCdn+IQZpjEIiur1AU7hB71mfaapRJe3eGZRNbpyq0RRbWdtbc8vCV9VA7W"
    "rhq1CAzxGyYrJ9sXAV6hFNCFWZ6q8MVPTI5pIS1hurA9u1777RBPFgkYvIsBHF4LqnHVSr"
    "AVtSAraHdXbv/JT+5tE9qoLuUTG6R7n1dZW5JbDtxiikKJuX3mVZzL1AT0clNAvnGKTKIr"
    "YLZpDR2wLR21LtlVV0pTJRqkyEhu4cZSJmAy9WJp5jgyp0EpzbZEV1VUAwgMBEtrqE2P3O"
    "AXQSOv4JkxXv60wVCsBqURAT6Br/a6VrVM8ATwhZDrtgo7wmgnVPX67jsGz/tFbzx2gDfI"
    "LpPCRrxEajl01UVsCeAPlgiYWfBid7oZjyP/6UClObCpNgGYjhVn6ov1iZ/ykIgBsRDLAf"
    "yVEVeOmoYlX0KAMwy6pBLgtFYM9GedVUS2XPXHopeQpInj3QV1syBTRSinwpWFAyIhgcvo"
    "dV7FiHxYasw4wlC2oaE0+y8Jak5G9IZMZ3YgepI+O7J1VqW9pP3nKB2nYgbqDEvunsKImk"
    "KKUMIiCDrJbQdajmviP0eeQSf5HaET1xubW0rdTscJOVOYpxH1ZljoQsBB1XcRDCO/A9TS"
    "s53xXOhxjFWJ/NrpC+HOnLaRbeNnw5Hano0jGbaMcqlfQRnVeovtFHmNrM8O8jPq+Yu95n"
    "uGTqeiW0Xj91vS+LrMmYjyk9JtTlKCfkI7gzLov4gJsxsnlynyT/MSiOdqAnfljXp6qtKk"
    "YywKiHydFRJb/8UYlf/ijjWrNyYmyLEQ6GDxDdg4/VIsTLQsQzXmH6RDfXzF3suIyRtO+4"
    "bP5YadRFmTEktBnA+Of/A3mA+2g="
)
