// Generated from spec/ by packages/codec/scripts/generate-xml-map.mjs. Do not edit: run `npm run generate`.
import type { XmlMap } from '../types.js';

export const xmlMap: XmlMap = {
  "version": 1,
  "prefixes": {
    "http://www.arin.net/regrws/shared-ticket/v1": "ns3",
    "http://www.arin.net/regrws/messages/v1": "ns2",
    "http://www.arin.net/regrws/ttl/v1": "ttl"
  },
  "payloads": {
    "Poc": {
      "element": "poc",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Phone": {
      "element": "phone",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "PhoneType": {
      "element": "type",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "PocLinkRef": {
      "element": "pocLinkRef",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Org": {
      "element": "org",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Customer": {
      "element": "customer",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Net": {
      "element": "net",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "NetBlock": {
      "element": "netBlock",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Country": {
      "element": "iso3166-1",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Line": {
      "element": "line",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Ticket": {
      "element": "ticket",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "TicketedRequest": {
      "element": "ticketedRequest",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Message": {
      "element": "message",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Attachment": {
      "element": "attachment",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "AttachmentReference": {
      "element": "attachmentReference",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "MessageReference": {
      "element": "messageReference",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Collection": {
      "element": "collection",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Error": {
      "element": "error",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "ErrorComponent": {
      "element": "component",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Delegation": {
      "element": "delegation",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "DelegationKey": {
      "element": "delegationKey",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "DelegationKeyAlgorithm": {
      "element": "algorithm",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "DelegationKeyDigestType": {
      "element": "digestType",
      "ns": "http://www.arin.net/regrws/core/v1"
    },
    "Nameserver": {
      "element": "nameserver",
      "ns": "http://www.arin.net/regrws/core/v1"
    }
  },
  "schemas": {
    "Poc": {
      "kind": "object",
      "fields": [
        {
          "prop": "city",
          "name": "city",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "companyName",
          "name": "companyName",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "contactType",
          "name": "contactType",
          "ns": null,
          "type": "ContactType"
        },
        {
          "prop": "country",
          "name": "iso3166-1",
          "ns": "http://www.arin.net/regrws/core/v1",
          "type": "Country"
        },
        {
          "prop": "emails",
          "name": "emails",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "format": "email"
          },
          "list": {
            "wrapped": true,
            "item": "email",
            "itemNs": null
          }
        },
        {
          "prop": "firstName",
          "name": "firstName",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "lastName",
          "name": "lastName",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "middleName",
          "name": "middleName",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "comment",
          "name": "comment",
          "ns": null,
          "type": "Line",
          "list": {
            "wrapped": true,
            "item": "line",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "streetAddress",
          "name": "streetAddress",
          "ns": null,
          "type": "Line",
          "list": {
            "wrapped": true,
            "item": "line",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "phones",
          "name": "phones",
          "ns": null,
          "type": "Phone",
          "list": {
            "wrapped": true,
            "item": "phone",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "handle",
          "name": "handle",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "readOnly": true
        },
        {
          "prop": "postalCode",
          "name": "postalCode",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "registrationDate",
          "name": "registrationDate",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "format": "date-time"
          },
          "readOnly": true
        },
        {
          "prop": "stateProvince",
          "name": "iso3166-2",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        }
      ],
      "required": [
        "contactType",
        "lastName",
        "country",
        "streetAddress"
      ]
    },
    "Phone": {
      "kind": "object",
      "fields": [
        {
          "prop": "extension",
          "name": "extension",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "number",
          "name": "number",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "minLength": 1
          }
        },
        {
          "prop": "type",
          "name": "type",
          "ns": "http://www.arin.net/regrws/core/v1",
          "type": "PhoneType"
        }
      ],
      "required": [
        "number",
        "type"
      ]
    },
    "PhoneType": {
      "kind": "object",
      "fields": [
        {
          "prop": "code",
          "name": "code",
          "ns": null,
          "type": "PhoneTypeCode"
        },
        {
          "prop": "description",
          "name": "description",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "readOnly": true
        }
      ],
      "required": [
        "code"
      ]
    },
    "PocLinkRef": {
      "kind": "object",
      "fields": [
        {
          "prop": "description",
          "name": "description",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "readOnly": true,
          "attribute": true
        },
        {
          "prop": "function",
          "name": "function",
          "ns": null,
          "type": "PocFunction",
          "attribute": true
        },
        {
          "prop": "handle",
          "name": "handle",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "attribute": true
        }
      ],
      "required": [
        "function"
      ]
    },
    "Org": {
      "kind": "object",
      "fields": [
        {
          "prop": "pocLinks",
          "name": "pocLinks",
          "ns": null,
          "type": "PocLinkRef",
          "list": {
            "wrapped": true,
            "item": "pocLinkRef",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "acceptReassignments",
          "name": "acceptReassignments",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "boolean"
          }
        },
        {
          "prop": "city",
          "name": "city",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "country",
          "name": "iso3166-1",
          "ns": "http://www.arin.net/regrws/core/v1",
          "type": "Country"
        },
        {
          "prop": "comment",
          "name": "comment",
          "ns": null,
          "type": "Line",
          "list": {
            "wrapped": true,
            "item": "line",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "streetAddress",
          "name": "streetAddress",
          "ns": null,
          "type": "Line",
          "list": {
            "wrapped": true,
            "item": "line",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "handle",
          "name": "handle",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "readOnly": true
        },
        {
          "prop": "orgName",
          "name": "orgName",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "dbaName",
          "name": "dbaName",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "orgUrl",
          "name": "orgUrl",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "postalCode",
          "name": "postalCode",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "registrationDate",
          "name": "registrationDate",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "format": "date-time"
          },
          "readOnly": true
        },
        {
          "prop": "stateProvince",
          "name": "iso3166-2",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "taxId",
          "name": "taxId",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        }
      ],
      "required": [
        "country",
        "streetAddress",
        "orgName"
      ]
    },
    "Customer": {
      "kind": "object",
      "fields": [
        {
          "prop": "city",
          "name": "city",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "country",
          "name": "iso3166-1",
          "ns": "http://www.arin.net/regrws/core/v1",
          "type": "Country"
        },
        {
          "prop": "handle",
          "name": "handle",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "readOnly": true
        },
        {
          "prop": "comment",
          "name": "comment",
          "ns": null,
          "type": "Line",
          "list": {
            "wrapped": true,
            "item": "line",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "streetAddress",
          "name": "streetAddress",
          "ns": null,
          "type": "Line",
          "list": {
            "wrapped": true,
            "item": "line",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "customerName",
          "name": "customerName",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "parentOrgHandle",
          "name": "parentOrgHandle",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "readOnly": true
        },
        {
          "prop": "postalCode",
          "name": "postalCode",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "privateCustomer",
          "name": "privateCustomer",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "boolean"
          }
        },
        {
          "prop": "registrationDate",
          "name": "registrationDate",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "format": "date-time"
          },
          "readOnly": true
        },
        {
          "prop": "stateProvince",
          "name": "iso3166-2",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        }
      ],
      "required": [
        "country",
        "streetAddress",
        "customerName"
      ]
    },
    "Net": {
      "kind": "object",
      "fields": [
        {
          "prop": "pocLinks",
          "name": "pocLinks",
          "ns": null,
          "type": "PocLinkRef",
          "list": {
            "wrapped": true,
            "item": "pocLinkRef",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "customer",
          "name": "customer",
          "ns": "http://www.arin.net/regrws/core/v1",
          "type": "Customer"
        },
        {
          "prop": "customerHandle",
          "name": "customerHandle",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "messageReferences",
          "name": "messageReferences",
          "ns": null,
          "type": "MessageReference",
          "list": {
            "wrapped": true,
            "item": "messageReference",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "messages",
          "name": "messages",
          "ns": null,
          "type": "Message",
          "list": {
            "wrapped": true,
            "item": "message",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "comment",
          "name": "comment",
          "ns": null,
          "type": "Line",
          "list": {
            "wrapped": true,
            "item": "line",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "netBlocks",
          "name": "netBlocks",
          "ns": null,
          "type": "NetBlock",
          "list": {
            "wrapped": true,
            "item": "netBlock",
            "itemNs": "http://www.arin.net/regrws/core/v1",
            "minItems": 1
          }
        },
        {
          "prop": "handle",
          "name": "handle",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "readOnly": true
        },
        {
          "prop": "netName",
          "name": "netName",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "orgHandle",
          "name": "orgHandle",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "originASes",
          "name": "originASes",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "list": {
            "wrapped": true,
            "item": "originAS",
            "itemNs": null
          }
        },
        {
          "prop": "parentNetHandle",
          "name": "parentNetHandle",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "registrationDate",
          "name": "registrationDate",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "format": "date-time"
          },
          "readOnly": true
        },
        {
          "prop": "version",
          "name": "version",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "integer",
            "enum": [
              4,
              6
            ]
          }
        }
      ],
      "required": [],
      "exclusive": [
        [
          "orgHandle",
          "customerHandle",
          "customer"
        ],
        [
          "messages",
          "messageReferences"
        ]
      ]
    },
    "NetBlock": {
      "kind": "object",
      "fields": [
        {
          "prop": "cidrLength",
          "name": "cidrLength",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "integer",
            "minimum": 0,
            "maximum": 128
          }
        },
        {
          "prop": "description",
          "name": "description",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "readOnly": true
        },
        {
          "prop": "endAddress",
          "name": "endAddress",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "startAddress",
          "name": "startAddress",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "type",
          "name": "type",
          "ns": null,
          "type": "NetBlockType"
        }
      ],
      "required": [
        "startAddress"
      ]
    },
    "Country": {
      "kind": "object",
      "fields": [
        {
          "prop": "code2",
          "name": "code2",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z]{2}$"
          }
        },
        {
          "prop": "code3",
          "name": "code3",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z]{3}$"
          }
        },
        {
          "prop": "e164",
          "name": "e164",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "name",
          "name": "name",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        }
      ],
      "required": []
    },
    "Line": {
      "kind": "object",
      "fields": [
        {
          "prop": "number",
          "name": "number",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "integer",
            "minimum": 0
          },
          "attribute": true
        },
        {
          "prop": "text",
          "name": "text",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "text": true
        }
      ],
      "required": [
        "number"
      ]
    },
    "MultilineText": {
      "kind": "list",
      "wrapped": true,
      "item": "line",
      "itemNs": "http://www.arin.net/regrws/core/v1",
      "type": "Line"
    },
    "Ticket": {
      "kind": "object",
      "fields": [
        {
          "prop": "closedDate",
          "name": "closedDate",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "format": "date-time"
          },
          "readOnly": true
        },
        {
          "prop": "createdDate",
          "name": "createdDate",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "format": "date-time"
          },
          "readOnly": true
        },
        {
          "prop": "messageReferences",
          "name": "messageReferences",
          "ns": null,
          "type": "MessageReference",
          "readOnly": true,
          "list": {
            "wrapped": true,
            "item": "messageReference",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "messages",
          "name": "messages",
          "ns": null,
          "type": "Message",
          "readOnly": true,
          "list": {
            "wrapped": true,
            "item": "message",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "orgHandle",
          "name": "orgHandle",
          "ns": "http://www.arin.net/regrws/shared-ticket/v1",
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "readOnly": true
        },
        {
          "prop": "resolvedDate",
          "name": "resolvedDate",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "format": "date-time"
          },
          "readOnly": true
        },
        {
          "prop": "shared",
          "name": "shared",
          "ns": "http://www.arin.net/regrws/shared-ticket/v1",
          "type": {
            "kind": "scalar",
            "type": "boolean"
          },
          "readOnly": true
        },
        {
          "prop": "ticketNo",
          "name": "ticketNo",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^\\d{8}-X\\d+$"
          },
          "readOnly": true
        },
        {
          "prop": "updatedDate",
          "name": "updatedDate",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "format": "date-time"
          },
          "readOnly": true
        },
        {
          "prop": "webTicketResolution",
          "name": "webTicketResolution",
          "ns": null,
          "type": "TicketResolution",
          "readOnly": true
        },
        {
          "prop": "webTicketStatus",
          "name": "webTicketStatus",
          "ns": null,
          "type": "TicketStatus"
        },
        {
          "prop": "webTicketType",
          "name": "webTicketType",
          "ns": null,
          "type": "TicketType",
          "readOnly": true
        }
      ],
      "required": [],
      "exclusive": [
        [
          "messages",
          "messageReferences"
        ]
      ]
    },
    "TicketedRequest": {
      "kind": "object",
      "fields": [
        {
          "prop": "net",
          "name": "net",
          "ns": "http://www.arin.net/regrws/core/v1",
          "type": "Net"
        },
        {
          "prop": "ticket",
          "name": "ticket",
          "ns": "http://www.arin.net/regrws/core/v1",
          "type": "Ticket"
        }
      ],
      "required": [],
      "minProperties": 1,
      "maxProperties": 1
    },
    "Message": {
      "kind": "object",
      "fields": [
        {
          "prop": "attachmentReferences",
          "name": "attachmentReferences",
          "ns": null,
          "type": "AttachmentReference",
          "readOnly": true,
          "list": {
            "wrapped": true,
            "item": "attachmentReference",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "attachments",
          "name": "attachments",
          "ns": null,
          "type": "Attachment",
          "list": {
            "wrapped": true,
            "item": "attachment",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "category",
          "name": "category",
          "ns": null,
          "type": "MessageCategory"
        },
        {
          "prop": "createdDate",
          "name": "createdDate",
          "ns": "http://www.arin.net/regrws/messages/v1",
          "type": {
            "kind": "scalar",
            "type": "string",
            "format": "date-time"
          },
          "readOnly": true
        },
        {
          "prop": "messageId",
          "name": "messageId",
          "ns": "http://www.arin.net/regrws/messages/v1",
          "type": {
            "kind": "scalar",
            "type": "integer"
          },
          "readOnly": true
        },
        {
          "prop": "subject",
          "name": "subject",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "text",
          "name": "text",
          "ns": null,
          "type": "Line",
          "list": {
            "wrapped": true,
            "item": "line",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        }
      ],
      "required": [],
      "exclusive": [
        [
          "attachments",
          "attachmentReferences"
        ]
      ]
    },
    "Attachment": {
      "kind": "object",
      "fields": [
        {
          "prop": "data",
          "name": "data",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "filename",
          "name": "filename",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        }
      ],
      "required": []
    },
    "AttachmentReference": {
      "kind": "object",
      "fields": [
        {
          "prop": "attachmentFilename",
          "name": "attachmentFilename",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "minLength": 1
          }
        },
        {
          "prop": "attachmentId",
          "name": "attachmentId",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "required": [
        "attachmentFilename",
        "attachmentId"
      ]
    },
    "MessageReference": {
      "kind": "object",
      "fields": [
        {
          "prop": "attachmentReferences",
          "name": "attachmentReferences",
          "ns": null,
          "type": "AttachmentReference",
          "list": {
            "wrapped": true,
            "item": "attachmentReference",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "messageId",
          "name": "messageId",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "integer"
          }
        }
      ],
      "required": [
        "messageId"
      ]
    },
    "Collection": {
      "kind": "object",
      "fields": [
        {
          "prop": "phones",
          "name": "phones",
          "ns": null,
          "type": "Phone",
          "list": {
            "wrapped": false,
            "item": "phone",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "nets",
          "name": "nets",
          "ns": null,
          "type": "Net",
          "list": {
            "wrapped": false,
            "item": "net",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "tickets",
          "name": "tickets",
          "ns": null,
          "type": "Ticket",
          "list": {
            "wrapped": false,
            "item": "ticket",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "pocLinkRefs",
          "name": "pocLinkRefs",
          "ns": null,
          "type": "PocLinkRef",
          "list": {
            "wrapped": false,
            "item": "pocLinkRef",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "delegations",
          "name": "delegations",
          "ns": null,
          "type": "Delegation",
          "list": {
            "wrapped": false,
            "item": "delegation",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        }
      ],
      "required": []
    },
    "Error": {
      "kind": "object",
      "fields": [
        {
          "prop": "additionalInfo",
          "name": "additionalInfo",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "list": {
            "wrapped": true,
            "item": "message",
            "itemNs": null
          }
        },
        {
          "prop": "code",
          "name": "code",
          "ns": null,
          "type": "ErrorCode"
        },
        {
          "prop": "components",
          "name": "components",
          "ns": null,
          "type": "ErrorComponent",
          "list": {
            "wrapped": true,
            "item": "component",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "message",
          "name": "message",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        }
      ],
      "required": [
        "code",
        "message"
      ]
    },
    "ErrorComponent": {
      "kind": "object",
      "fields": [
        {
          "prop": "message",
          "name": "message",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        },
        {
          "prop": "name",
          "name": "name",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          }
        }
      ],
      "required": []
    },
    "ContactType": {
      "kind": "scalar",
      "type": "string",
      "enum": [
        "PERSON",
        "ROLE"
      ]
    },
    "PhoneTypeCode": {
      "kind": "scalar",
      "type": "string",
      "enum": [
        "O",
        "F",
        "M"
      ]
    },
    "PocFunction": {
      "kind": "scalar",
      "type": "string",
      "enum": [
        "AD",
        "AB",
        "N",
        "T",
        "R",
        "D"
      ]
    },
    "NetBlockType": {
      "kind": "scalar",
      "type": "string",
      "enum": [
        "A",
        "AF",
        "AP",
        "AR",
        "AV",
        "DA",
        "DS",
        "FX",
        "IR",
        "IU",
        "LN",
        "LX",
        "PV",
        "PX",
        "RD",
        "RN",
        "RV",
        "RX",
        "S"
      ]
    },
    "TicketType": {
      "kind": "scalar",
      "type": "string",
      "knownValues": [
        "ANY",
        "ASN_REQUEST",
        "ASSOCIATIONS_REPORT",
        "CREATE_DELEGATED_RESOURCE_CERTIFICATE",
        "CREATE_RESOURCE_CERTIFICATE",
        "CREATE_ROA",
        "CREATE_UPDOWN_RESOURCE_CERTIFICATE",
        "EDIT_BILLING_CONTACT_INFO",
        "EDIT_ORG_NAME",
        "END_USER_IPV4_REQUEST",
        "END_USER_IPV6_REQUEST",
        "IPV4_DETAILED_REASSIGN",
        "IPV4_REALLOCATE",
        "IPV4_SIMPLE_REASSIGN",
        "IPV6_DETAILED_REASSIGN",
        "IPV6_REALLOCATE",
        "ISP_IPV4_REQUEST",
        "ISP_IPV6_REQUEST",
        "MEMBERSHIP_REQUEST",
        "NET_DELETE_REQUEST",
        "ORG_CREATE",
        "ORG_RECOVERY",
        "PAID_MEMBERSHIP_REQUEST",
        "POC_RECOVERY",
        "PSP_REQUEST",
        "QUESTION",
        "REASSIGNMENT_REPORT",
        "TRANSFER_LISTING_SERVICE",
        "TRANSFER_PREAPPROVAL",
        "TRANSFER_RECIPIENT_82",
        "TRANSFER_RECIPIENT_83",
        "TRANSFER_RECIPIENT_84",
        "TRANSFER_SOURCE_83",
        "TRANSFER_SOURCE_84",
        "UPDATE_UPDOWN_IDENTITY",
        "USER_REASSIGNMENT_REPORT",
        "WHOWAS_ACCESS",
        "WHOWAS_REPORT"
      ],
      "minLength": 1
    },
    "TicketStatus": {
      "kind": "scalar",
      "type": "string",
      "enum": [
        "PENDING_CONFIRMATION",
        "PENDING_REVIEW",
        "PENDING_CUSTOMER_REVIEW",
        "ASSIGNED",
        "IN_PROGRESS",
        "WAIT_LIST",
        "RESOLVED",
        "CLOSED",
        "APPROVED",
        "ANY",
        "ANY_OPEN"
      ]
    },
    "TicketResolution": {
      "kind": "scalar",
      "type": "string",
      "enum": [
        "ACCEPTED",
        "DENIED",
        "ABANDONED",
        "ANSWERED",
        "PROCESSED",
        "DUPLICATE",
        "WITHDRAWN",
        "UNSUCCESSFUL",
        "OTHER"
      ]
    },
    "MessageCategory": {
      "kind": "scalar",
      "type": "string",
      "enum": [
        "NONE",
        "JUSTIFICATION"
      ]
    },
    "ErrorCode": {
      "kind": "scalar",
      "type": "string",
      "knownValues": [
        "E_SCHEMA_VALIDATION",
        "E_ENTITY_VALIDATION",
        "E_OBJECT_NOT_FOUND",
        "E_AUTHENTICATION",
        "E_NOT_REMOVEABLE",
        "E_BAD_REQUEST",
        "E_OUTAGE",
        "E_TOO_MANY_REQUESTS",
        "E_UNSPECIFIED",
        "E_METHOD_NOT_ALLOWED",
        "E_NOT_ACCEPTABLE",
        "E_UNSUPPORTED_MEDIA_TYPE"
      ],
      "minLength": 1
    },
    "Delegation": {
      "kind": "object",
      "fields": [
        {
          "prop": "delegationKeys",
          "name": "delegationKeys",
          "ns": null,
          "type": "DelegationKey",
          "list": {
            "wrapped": true,
            "item": "delegationKey",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        },
        {
          "prop": "name",
          "name": "name",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "readOnly": true
        },
        {
          "prop": "nameservers",
          "name": "nameservers",
          "ns": null,
          "type": "Nameserver",
          "list": {
            "wrapped": true,
            "item": "nameserver",
            "itemNs": "http://www.arin.net/regrws/core/v1"
          }
        }
      ],
      "required": []
    },
    "DelegationKey": {
      "kind": "object",
      "fields": [
        {
          "prop": "algorithm",
          "name": "algorithm",
          "ns": "http://www.arin.net/regrws/core/v1",
          "type": "DelegationKeyAlgorithm"
        },
        {
          "prop": "digest",
          "name": "digest",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "minLength": 1
          }
        },
        {
          "prop": "digestType",
          "name": "digestType",
          "ns": "http://www.arin.net/regrws/core/v1",
          "type": "DelegationKeyDigestType"
        },
        {
          "prop": "keyTag",
          "name": "keyTag",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "integer",
            "minimum": 0,
            "maximum": 65535
          }
        },
        {
          "prop": "ttl",
          "name": "ttl",
          "ns": "http://www.arin.net/regrws/ttl/v1",
          "type": {
            "kind": "scalar",
            "type": "integer",
            "minimum": 0
          }
        }
      ],
      "required": [
        "algorithm",
        "digest",
        "digestType",
        "keyTag"
      ]
    },
    "DelegationKeyAlgorithm": {
      "kind": "object",
      "fields": [
        {
          "prop": "name",
          "name": "name",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "readOnly": true,
          "attribute": true
        },
        {
          "prop": "value",
          "name": "value",
          "ns": null,
          "type": "DnssecAlgorithmNumber",
          "text": true
        }
      ],
      "required": [
        "value"
      ]
    },
    "DelegationKeyDigestType": {
      "kind": "object",
      "fields": [
        {
          "prop": "name",
          "name": "name",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string"
          },
          "readOnly": true,
          "attribute": true
        },
        {
          "prop": "value",
          "name": "value",
          "ns": null,
          "type": "DsDigestTypeNumber",
          "text": true
        }
      ],
      "required": [
        "value"
      ]
    },
    "Nameserver": {
      "kind": "object",
      "fields": [
        {
          "prop": "ttl",
          "name": "ttl",
          "ns": "http://www.arin.net/regrws/ttl/v1",
          "type": {
            "kind": "scalar",
            "type": "integer",
            "minimum": 0
          },
          "attribute": true
        },
        {
          "prop": "host",
          "name": "host",
          "ns": null,
          "type": {
            "kind": "scalar",
            "type": "string",
            "minLength": 1
          },
          "text": true
        }
      ],
      "required": [
        "host"
      ]
    },
    "DnssecAlgorithmNumber": {
      "kind": "scalar",
      "type": "integer",
      "enum": [
        5,
        7,
        8,
        10,
        13,
        14,
        15,
        16
      ]
    },
    "DsDigestTypeNumber": {
      "kind": "scalar",
      "type": "integer",
      "enum": [
        1,
        2,
        3,
        4
      ]
    }
  },
  "operations": [
    {
      "operationId": "createPoc",
      "method": "post",
      "path": "/rest/poc",
      "tags": [
        "POC"
      ],
      "summary": "Create a POC",
      "idempotent": false,
      "params": [],
      "responses": {
        "200": "Poc",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "405": "Error",
        "406": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Poc",
      "requestRequired": true
    },
    {
      "operationId": "createPocWithMakeLink",
      "method": "post",
      "path": "/rest/poc;makeLink={makeLink}",
      "tags": [
        "POC"
      ],
      "summary": "Create a POC (and optionally link it to your account)",
      "idempotent": false,
      "params": [
        {
          "name": "makeLink",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "boolean",
            "enum": [
              true,
              false
            ]
          },
          "matrix": true
        }
      ],
      "responses": {
        "200": "Poc",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "405": "Error",
        "406": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Poc",
      "requestRequired": true
    },
    {
      "operationId": "getPoc",
      "method": "get",
      "path": "/rest/poc/{pocHandle}",
      "tags": [
        "POC"
      ],
      "summary": "Get a POC",
      "idempotent": true,
      "params": [
        {
          "name": "pocHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        }
      ],
      "responses": {
        "200": "Poc",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "modifyPoc",
      "method": "put",
      "path": "/rest/poc/{pocHandle}",
      "tags": [
        "POC"
      ],
      "summary": "Modify a POC",
      "idempotent": true,
      "params": [
        {
          "name": "pocHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        }
      ],
      "responses": {
        "200": "Poc",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Poc",
      "requestRequired": true
    },
    {
      "operationId": "deletePoc",
      "method": "delete",
      "path": "/rest/poc/{pocHandle}",
      "tags": [
        "POC"
      ],
      "summary": "Delete a POC",
      "idempotent": true,
      "params": [
        {
          "name": "pocHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        }
      ],
      "responses": {
        "200": "Poc",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "409": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "addPocPhone",
      "method": "put",
      "path": "/rest/poc/{pocHandle}/phone",
      "tags": [
        "POC"
      ],
      "summary": "Add a phone to a POC",
      "idempotent": false,
      "params": [
        {
          "name": "pocHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        }
      ],
      "responses": {
        "200": "Phone",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Phone",
      "requestRequired": true
    },
    {
      "operationId": "deletePocPhoneByNumber",
      "method": "delete",
      "path": "/rest/poc/{pocHandle}/phone/{number}",
      "tags": [
        "POC"
      ],
      "summary": "Remove a phone number (all types)",
      "idempotent": true,
      "params": [
        {
          "name": "pocHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        },
        {
          "name": "number",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "responses": {
        "200": "Collection",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "deletePocPhoneByType",
      "method": "delete",
      "path": "/rest/poc/{pocHandle}/phone/;type={type}",
      "tags": [
        "POC"
      ],
      "summary": "Remove all phones of a type",
      "idempotent": true,
      "params": [
        {
          "name": "pocHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        },
        {
          "name": "type",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "enum": [
              "O",
              "F",
              "M"
            ]
          },
          "matrix": true
        }
      ],
      "responses": {
        "200": "Collection",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "deletePocPhoneByNumberAndType",
      "method": "delete",
      "path": "/rest/poc/{pocHandle}/phone/{number};type={type}",
      "tags": [
        "POC"
      ],
      "summary": "Remove a phone number of one type",
      "idempotent": true,
      "params": [
        {
          "name": "pocHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        },
        {
          "name": "number",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "minLength": 1
          }
        },
        {
          "name": "type",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "enum": [
              "O",
              "F",
              "M"
            ]
          },
          "matrix": true
        }
      ],
      "responses": {
        "200": "Collection",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "addPocEmail",
      "method": "post",
      "path": "/rest/poc/{pocHandle}/email/{email}",
      "tags": [
        "POC"
      ],
      "summary": "Add an email address to a POC",
      "idempotent": false,
      "params": [
        {
          "name": "pocHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        },
        {
          "name": "email",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "format": "email"
          }
        }
      ],
      "responses": {
        "200": "Poc",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "deletePocEmail",
      "method": "delete",
      "path": "/rest/poc/{pocHandle}/email/{email}",
      "tags": [
        "POC"
      ],
      "summary": "Remove an email address from a POC",
      "idempotent": true,
      "params": [
        {
          "name": "pocHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        },
        {
          "name": "email",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "format": "email"
          }
        }
      ],
      "responses": {
        "200": "Poc",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "createOrg",
      "method": "post",
      "path": "/rest/org",
      "tags": [
        "Org"
      ],
      "summary": "Create an Org (opens an ORG_CREATE ticket)",
      "idempotent": false,
      "params": [],
      "responses": {
        "200": "Ticket",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "405": "Error",
        "406": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Org",
      "requestRequired": true
    },
    {
      "operationId": "getOrg",
      "method": "get",
      "path": "/rest/org/{orgHandle}",
      "tags": [
        "Org"
      ],
      "summary": "Get an Org",
      "idempotent": true,
      "params": [
        {
          "name": "orgHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        }
      ],
      "responses": {
        "200": "Org",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "modifyOrg",
      "method": "put",
      "path": "/rest/org/{orgHandle}",
      "tags": [
        "Org"
      ],
      "summary": "Modify an Org",
      "idempotent": true,
      "params": [
        {
          "name": "orgHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        }
      ],
      "responses": {
        "200": "Org",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Org",
      "requestRequired": true
    },
    {
      "operationId": "deleteOrg",
      "method": "delete",
      "path": "/rest/org/{orgHandle}",
      "tags": [
        "Org"
      ],
      "summary": "Delete an Org",
      "idempotent": true,
      "params": [
        {
          "name": "orgHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        }
      ],
      "responses": {
        "200": "Org",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "409": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "addOrgPoc",
      "method": "put",
      "path": "/rest/org/{orgHandle}/poc/{pocHandle};pocFunction={pocFunction}",
      "tags": [
        "Org"
      ],
      "summary": "Link a POC to an Org",
      "idempotent": true,
      "params": [
        {
          "name": "orgHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        },
        {
          "name": "pocHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        },
        {
          "name": "pocFunction",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "enum": [
              "AD",
              "AB",
              "N",
              "T",
              "R",
              "D"
            ]
          },
          "matrix": true
        }
      ],
      "responses": {
        "200": "Org",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "removeOrgPoc",
      "method": "delete",
      "path": "/rest/org/{orgHandle}/poc/{pocHandle};pocFunction={pocFunction}",
      "tags": [
        "Org"
      ],
      "summary": "Unlink a POC from an Org",
      "idempotent": true,
      "params": [
        {
          "name": "orgHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        },
        {
          "name": "pocHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
          }
        },
        {
          "name": "pocFunction",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "enum": [
              "AD",
              "AB",
              "N",
              "T",
              "R",
              "D"
            ]
          },
          "matrix": true
        }
      ],
      "responses": {
        "200": "Org",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "getCustomer",
      "method": "get",
      "path": "/rest/customer/{customerHandle}",
      "tags": [
        "Customer"
      ],
      "summary": "Get a customer",
      "idempotent": true,
      "params": [
        {
          "name": "customerHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[Cc]\\d{8,}$"
          }
        }
      ],
      "responses": {
        "200": "Customer",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "modifyCustomer",
      "method": "put",
      "path": "/rest/customer/{customerHandle}",
      "tags": [
        "Customer"
      ],
      "summary": "Modify a customer",
      "idempotent": true,
      "params": [
        {
          "name": "customerHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[Cc]\\d{8,}$"
          }
        }
      ],
      "responses": {
        "200": "Customer",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Customer",
      "requestRequired": true
    },
    {
      "operationId": "deleteCustomer",
      "method": "delete",
      "path": "/rest/customer/{customerHandle}",
      "tags": [
        "Customer"
      ],
      "summary": "Delete a customer",
      "idempotent": true,
      "params": [
        {
          "name": "customerHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[Cc]\\d{8,}$"
          }
        }
      ],
      "responses": {
        "200": "Customer",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "409": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "getNet",
      "method": "get",
      "path": "/rest/net/{netHandle}",
      "tags": [
        "Net"
      ],
      "summary": "Get a NET",
      "idempotent": true,
      "params": [
        {
          "name": "netHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[Nn][Ee][Tt]6?(-[0-9A-Fa-f]+)+$"
          }
        }
      ],
      "responses": {
        "200": "Net",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "modifyNet",
      "method": "put",
      "path": "/rest/net/{netHandle}",
      "tags": [
        "Net"
      ],
      "summary": "Modify a NET",
      "idempotent": true,
      "params": [
        {
          "name": "netHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[Nn][Ee][Tt]6?(-[0-9A-Fa-f]+)+$"
          }
        }
      ],
      "responses": {
        "200": "Net",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Net",
      "requestRequired": true
    },
    {
      "operationId": "deleteNet",
      "method": "delete",
      "path": "/rest/net/{netHandle}",
      "tags": [
        "Net"
      ],
      "summary": "Delete a NET (reallocation or reassignment)",
      "idempotent": false,
      "params": [
        {
          "name": "netHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[Nn][Ee][Tt]6?(-[0-9A-Fa-f]+)+$"
          }
        }
      ],
      "responses": {
        "200": "TicketedRequest",
        "400": "Error",
        "401": "Error",
        "403": "Error",
        "404": "Error",
        "406": "Error",
        "409": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "createRecipientOrg",
      "method": "post",
      "path": "/rest/net/{parentNetHandle}/org",
      "tags": [
        "Net",
        "Org"
      ],
      "summary": "Create a recipient Org under a parent NET",
      "idempotent": false,
      "params": [
        {
          "name": "parentNetHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[Nn][Ee][Tt]6?(-[0-9A-Fa-f]+)+$"
          }
        }
      ],
      "responses": {
        "200": "Org",
        "400": "Error",
        "401": "Error",
        "403": "Error",
        "404": "Error",
        "405": "Error",
        "406": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Org",
      "requestRequired": true
    },
    {
      "operationId": "createRecipientCustomer",
      "method": "post",
      "path": "/rest/net/{parentNetHandle}/customer",
      "tags": [
        "Net",
        "Customer"
      ],
      "summary": "Create a customer under a parent NET",
      "idempotent": false,
      "params": [
        {
          "name": "parentNetHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[Nn][Ee][Tt]6?(-[0-9A-Fa-f]+)+$"
          }
        }
      ],
      "responses": {
        "200": "Customer",
        "400": "Error",
        "401": "Error",
        "403": "Error",
        "404": "Error",
        "405": "Error",
        "406": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Customer",
      "requestRequired": true
    },
    {
      "operationId": "reassignNet",
      "method": "put",
      "path": "/rest/net/{parentNetHandle}/reassign",
      "tags": [
        "Net"
      ],
      "summary": "Reassign part of a NET",
      "idempotent": false,
      "params": [
        {
          "name": "parentNetHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[Nn][Ee][Tt]6?(-[0-9A-Fa-f]+)+$"
          }
        }
      ],
      "responses": {
        "200": "TicketedRequest",
        "400": "Error",
        "401": "Error",
        "403": "Error",
        "404": "Error",
        "406": "Error",
        "409": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Net",
      "requestRequired": true
    },
    {
      "operationId": "reallocateNet",
      "method": "put",
      "path": "/rest/net/{parentNetHandle}/reallocate",
      "tags": [
        "Net"
      ],
      "summary": "Reallocate part of a NET",
      "idempotent": false,
      "params": [
        {
          "name": "parentNetHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[Nn][Ee][Tt]6?(-[0-9A-Fa-f]+)+$"
          }
        }
      ],
      "responses": {
        "200": "TicketedRequest",
        "400": "Error",
        "401": "Error",
        "403": "Error",
        "404": "Error",
        "406": "Error",
        "409": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Net",
      "requestRequired": true
    },
    {
      "operationId": "removeNet",
      "method": "put",
      "path": "/rest/net/{netHandle}/remove",
      "tags": [
        "Net"
      ],
      "summary": "Remove a NET, with a message",
      "idempotent": false,
      "params": [
        {
          "name": "netHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[Nn][Ee][Tt]6?(-[0-9A-Fa-f]+)+$"
          }
        }
      ],
      "responses": {
        "200": "TicketedRequest",
        "400": "Error",
        "401": "Error",
        "403": "Error",
        "404": "Error",
        "406": "Error",
        "409": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Net",
      "requestRequired": true
    },
    {
      "operationId": "getParentNet",
      "method": "get",
      "path": "/rest/net/parentNet/{startAddress}/{endAddress}",
      "tags": [
        "Net"
      ],
      "summary": "Get the parent NET of an address range",
      "idempotent": true,
      "params": [
        {
          "name": "startAddress",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$"
          }
        },
        {
          "name": "endAddress",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$"
          }
        }
      ],
      "responses": {
        "200": "Net",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "getMostSpecificNet",
      "method": "get",
      "path": "/rest/net/mostSpecificNet/{startAddress}/{endAddress}",
      "tags": [
        "Net"
      ],
      "summary": "Get the most specific NET of an address range",
      "idempotent": true,
      "params": [
        {
          "name": "startAddress",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$"
          }
        },
        {
          "name": "endAddress",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$"
          }
        }
      ],
      "responses": {
        "200": "Net",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "listNetsByIpRange",
      "method": "get",
      "path": "/rest/net/netsByIpRange/{startAddress}/{endAddress}",
      "tags": [
        "Net"
      ],
      "summary": "List the NETs of an address range",
      "idempotent": true,
      "params": [
        {
          "name": "startAddress",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$"
          }
        },
        {
          "name": "endAddress",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})$"
          }
        }
      ],
      "responses": {
        "200": "Collection",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "getNetDelegations",
      "method": "get",
      "path": "/rest/net/{netHandle}/delegations",
      "tags": [
        "Delegation"
      ],
      "summary": "List the delegations of a NET",
      "idempotent": true,
      "params": [
        {
          "name": "netHandle",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^[Nn][Ee][Tt]6?(-[0-9A-Fa-f]+)+$"
          }
        }
      ],
      "responses": {
        "200": "Collection",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "getDelegation",
      "method": "get",
      "path": "/rest/delegation/{delegationName}",
      "tags": [
        "Delegation"
      ],
      "summary": "Get a delegation",
      "idempotent": true,
      "params": [
        {
          "name": "delegationName",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?:(?:\\d{1,3}\\.){1,3}in-addr|(?:[0-9A-Fa-f]\\.){1,32}ip6)\\.arpa\\.?$"
          }
        }
      ],
      "responses": {
        "200": "Delegation",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "modifyDelegation",
      "method": "put",
      "path": "/rest/delegation/{delegationName}",
      "tags": [
        "Delegation"
      ],
      "summary": "Modify a delegation",
      "idempotent": true,
      "params": [
        {
          "name": "delegationName",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?:(?:\\d{1,3}\\.){1,3}in-addr|(?:[0-9A-Fa-f]\\.){1,32}ip6)\\.arpa\\.?$"
          }
        }
      ],
      "responses": {
        "200": "Delegation",
        "400": "Error",
        "401": "Error",
        "403": "Error",
        "404": "Error",
        "406": "Error",
        "409": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Delegation",
      "requestRequired": true
    },
    {
      "operationId": "addDelegationNameserver",
      "method": "post",
      "path": "/rest/delegation/{delegationName}/nameserver/{nameserver}",
      "tags": [
        "Delegation"
      ],
      "summary": "Add or update one nameserver of a delegation",
      "idempotent": true,
      "params": [
        {
          "name": "delegationName",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?:(?:\\d{1,3}\\.){1,3}in-addr|(?:[0-9A-Fa-f]\\.){1,32}ip6)\\.arpa\\.?$"
          }
        },
        {
          "name": "nameserver",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?=.{1,253}\\.?$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"
          }
        },
        {
          "name": "ttl",
          "in": "query",
          "required": false,
          "type": {
            "kind": "scalar",
            "type": "integer",
            "minimum": 0
          }
        }
      ],
      "responses": {
        "200": "Delegation",
        "400": "Error",
        "401": "Error",
        "403": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "deleteDelegationNameserver",
      "method": "delete",
      "path": "/rest/delegation/{delegationName}/nameserver/{nameserver}",
      "tags": [
        "Delegation"
      ],
      "summary": "Delete one nameserver from a delegation",
      "idempotent": true,
      "params": [
        {
          "name": "delegationName",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?:(?:\\d{1,3}\\.){1,3}in-addr|(?:[0-9A-Fa-f]\\.){1,32}ip6)\\.arpa\\.?$"
          }
        },
        {
          "name": "nameserver",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?=.{1,253}\\.?$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.?$"
          }
        }
      ],
      "responses": {
        "200": "Delegation",
        "400": "Error",
        "401": "Error",
        "403": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "deleteDelegationNameservers",
      "method": "delete",
      "path": "/rest/delegation/{delegationName}/nameservers",
      "tags": [
        "Delegation"
      ],
      "summary": "Delete all nameservers from a delegation",
      "idempotent": true,
      "params": [
        {
          "name": "delegationName",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^(?:(?:\\d{1,3}\\.){1,3}in-addr|(?:[0-9A-Fa-f]\\.){1,32}ip6)\\.arpa\\.?$"
          }
        }
      ],
      "responses": {
        "200": "Delegation",
        "400": "Error",
        "401": "Error",
        "403": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "listTicketsByStatus",
      "method": "get",
      "path": "/rest/ticket;ticketStatus={ticketStatus}",
      "tags": [
        "Ticket"
      ],
      "summary": "List tickets by status",
      "idempotent": true,
      "params": [
        {
          "name": "ticketStatus",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "enum": [
              "PENDING_CONFIRMATION",
              "PENDING_REVIEW",
              "PENDING_CUSTOMER_REVIEW",
              "ASSIGNED",
              "IN_PROGRESS",
              "WAIT_LIST",
              "RESOLVED",
              "CLOSED",
              "APPROVED",
              "ANY",
              "ANY_OPEN"
            ]
          },
          "matrix": true
        }
      ],
      "responses": {
        "200": "Collection",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "listTicketsByType",
      "method": "get",
      "path": "/rest/ticket;ticketType={ticketType}",
      "tags": [
        "Ticket"
      ],
      "summary": "List tickets by type",
      "idempotent": true,
      "params": [
        {
          "name": "ticketType",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "knownValues": [
              "ANY",
              "ASN_REQUEST",
              "ASSOCIATIONS_REPORT",
              "CREATE_DELEGATED_RESOURCE_CERTIFICATE",
              "CREATE_RESOURCE_CERTIFICATE",
              "CREATE_ROA",
              "CREATE_UPDOWN_RESOURCE_CERTIFICATE",
              "EDIT_BILLING_CONTACT_INFO",
              "EDIT_ORG_NAME",
              "END_USER_IPV4_REQUEST",
              "END_USER_IPV6_REQUEST",
              "IPV4_DETAILED_REASSIGN",
              "IPV4_REALLOCATE",
              "IPV4_SIMPLE_REASSIGN",
              "IPV6_DETAILED_REASSIGN",
              "IPV6_REALLOCATE",
              "ISP_IPV4_REQUEST",
              "ISP_IPV6_REQUEST",
              "MEMBERSHIP_REQUEST",
              "NET_DELETE_REQUEST",
              "ORG_CREATE",
              "ORG_RECOVERY",
              "PAID_MEMBERSHIP_REQUEST",
              "POC_RECOVERY",
              "PSP_REQUEST",
              "QUESTION",
              "REASSIGNMENT_REPORT",
              "TRANSFER_LISTING_SERVICE",
              "TRANSFER_PREAPPROVAL",
              "TRANSFER_RECIPIENT_82",
              "TRANSFER_RECIPIENT_83",
              "TRANSFER_RECIPIENT_84",
              "TRANSFER_SOURCE_83",
              "TRANSFER_SOURCE_84",
              "UPDATE_UPDOWN_IDENTITY",
              "USER_REASSIGNMENT_REPORT",
              "WHOWAS_ACCESS",
              "WHOWAS_REPORT"
            ],
            "minLength": 1
          },
          "matrix": true
        }
      ],
      "responses": {
        "200": "Collection",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "listTicketsByTypeAndStatus",
      "method": "get",
      "path": "/rest/ticket;ticketType={ticketType};ticketStatus={ticketStatus}",
      "tags": [
        "Ticket"
      ],
      "summary": "List tickets by type and status",
      "idempotent": true,
      "params": [
        {
          "name": "ticketType",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "knownValues": [
              "ANY",
              "ASN_REQUEST",
              "ASSOCIATIONS_REPORT",
              "CREATE_DELEGATED_RESOURCE_CERTIFICATE",
              "CREATE_RESOURCE_CERTIFICATE",
              "CREATE_ROA",
              "CREATE_UPDOWN_RESOURCE_CERTIFICATE",
              "EDIT_BILLING_CONTACT_INFO",
              "EDIT_ORG_NAME",
              "END_USER_IPV4_REQUEST",
              "END_USER_IPV6_REQUEST",
              "IPV4_DETAILED_REASSIGN",
              "IPV4_REALLOCATE",
              "IPV4_SIMPLE_REASSIGN",
              "IPV6_DETAILED_REASSIGN",
              "IPV6_REALLOCATE",
              "ISP_IPV4_REQUEST",
              "ISP_IPV6_REQUEST",
              "MEMBERSHIP_REQUEST",
              "NET_DELETE_REQUEST",
              "ORG_CREATE",
              "ORG_RECOVERY",
              "PAID_MEMBERSHIP_REQUEST",
              "POC_RECOVERY",
              "PSP_REQUEST",
              "QUESTION",
              "REASSIGNMENT_REPORT",
              "TRANSFER_LISTING_SERVICE",
              "TRANSFER_PREAPPROVAL",
              "TRANSFER_RECIPIENT_82",
              "TRANSFER_RECIPIENT_83",
              "TRANSFER_RECIPIENT_84",
              "TRANSFER_SOURCE_83",
              "TRANSFER_SOURCE_84",
              "UPDATE_UPDOWN_IDENTITY",
              "USER_REASSIGNMENT_REPORT",
              "WHOWAS_ACCESS",
              "WHOWAS_REPORT"
            ],
            "minLength": 1
          },
          "matrix": true
        },
        {
          "name": "ticketStatus",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "enum": [
              "PENDING_CONFIRMATION",
              "PENDING_REVIEW",
              "PENDING_CUSTOMER_REVIEW",
              "ASSIGNED",
              "IN_PROGRESS",
              "WAIT_LIST",
              "RESOLVED",
              "CLOSED",
              "APPROVED",
              "ANY",
              "ANY_OPEN"
            ]
          },
          "matrix": true
        }
      ],
      "responses": {
        "200": "Collection",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "listTicketSummariesByStatus",
      "method": "get",
      "path": "/rest/ticket/summary;ticketStatus={ticketStatus}",
      "tags": [
        "Ticket"
      ],
      "summary": "List ticket summaries by status",
      "idempotent": true,
      "params": [
        {
          "name": "ticketStatus",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "enum": [
              "PENDING_CONFIRMATION",
              "PENDING_REVIEW",
              "PENDING_CUSTOMER_REVIEW",
              "ASSIGNED",
              "IN_PROGRESS",
              "WAIT_LIST",
              "RESOLVED",
              "CLOSED",
              "APPROVED",
              "ANY",
              "ANY_OPEN"
            ]
          },
          "matrix": true
        }
      ],
      "responses": {
        "200": "Collection",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "listTicketSummariesByType",
      "method": "get",
      "path": "/rest/ticket/summary;ticketType={ticketType}",
      "tags": [
        "Ticket"
      ],
      "summary": "List ticket summaries by type",
      "idempotent": true,
      "params": [
        {
          "name": "ticketType",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "knownValues": [
              "ANY",
              "ASN_REQUEST",
              "ASSOCIATIONS_REPORT",
              "CREATE_DELEGATED_RESOURCE_CERTIFICATE",
              "CREATE_RESOURCE_CERTIFICATE",
              "CREATE_ROA",
              "CREATE_UPDOWN_RESOURCE_CERTIFICATE",
              "EDIT_BILLING_CONTACT_INFO",
              "EDIT_ORG_NAME",
              "END_USER_IPV4_REQUEST",
              "END_USER_IPV6_REQUEST",
              "IPV4_DETAILED_REASSIGN",
              "IPV4_REALLOCATE",
              "IPV4_SIMPLE_REASSIGN",
              "IPV6_DETAILED_REASSIGN",
              "IPV6_REALLOCATE",
              "ISP_IPV4_REQUEST",
              "ISP_IPV6_REQUEST",
              "MEMBERSHIP_REQUEST",
              "NET_DELETE_REQUEST",
              "ORG_CREATE",
              "ORG_RECOVERY",
              "PAID_MEMBERSHIP_REQUEST",
              "POC_RECOVERY",
              "PSP_REQUEST",
              "QUESTION",
              "REASSIGNMENT_REPORT",
              "TRANSFER_LISTING_SERVICE",
              "TRANSFER_PREAPPROVAL",
              "TRANSFER_RECIPIENT_82",
              "TRANSFER_RECIPIENT_83",
              "TRANSFER_RECIPIENT_84",
              "TRANSFER_SOURCE_83",
              "TRANSFER_SOURCE_84",
              "UPDATE_UPDOWN_IDENTITY",
              "USER_REASSIGNMENT_REPORT",
              "WHOWAS_ACCESS",
              "WHOWAS_REPORT"
            ],
            "minLength": 1
          },
          "matrix": true
        }
      ],
      "responses": {
        "200": "Collection",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "listTicketSummariesByTypeAndStatus",
      "method": "get",
      "path": "/rest/ticket/summary;ticketType={ticketType};ticketStatus={ticketStatus}",
      "tags": [
        "Ticket"
      ],
      "summary": "List ticket summaries by type and status",
      "idempotent": true,
      "params": [
        {
          "name": "ticketType",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "knownValues": [
              "ANY",
              "ASN_REQUEST",
              "ASSOCIATIONS_REPORT",
              "CREATE_DELEGATED_RESOURCE_CERTIFICATE",
              "CREATE_RESOURCE_CERTIFICATE",
              "CREATE_ROA",
              "CREATE_UPDOWN_RESOURCE_CERTIFICATE",
              "EDIT_BILLING_CONTACT_INFO",
              "EDIT_ORG_NAME",
              "END_USER_IPV4_REQUEST",
              "END_USER_IPV6_REQUEST",
              "IPV4_DETAILED_REASSIGN",
              "IPV4_REALLOCATE",
              "IPV4_SIMPLE_REASSIGN",
              "IPV6_DETAILED_REASSIGN",
              "IPV6_REALLOCATE",
              "ISP_IPV4_REQUEST",
              "ISP_IPV6_REQUEST",
              "MEMBERSHIP_REQUEST",
              "NET_DELETE_REQUEST",
              "ORG_CREATE",
              "ORG_RECOVERY",
              "PAID_MEMBERSHIP_REQUEST",
              "POC_RECOVERY",
              "PSP_REQUEST",
              "QUESTION",
              "REASSIGNMENT_REPORT",
              "TRANSFER_LISTING_SERVICE",
              "TRANSFER_PREAPPROVAL",
              "TRANSFER_RECIPIENT_82",
              "TRANSFER_RECIPIENT_83",
              "TRANSFER_RECIPIENT_84",
              "TRANSFER_SOURCE_83",
              "TRANSFER_SOURCE_84",
              "UPDATE_UPDOWN_IDENTITY",
              "USER_REASSIGNMENT_REPORT",
              "WHOWAS_ACCESS",
              "WHOWAS_REPORT"
            ],
            "minLength": 1
          },
          "matrix": true
        },
        {
          "name": "ticketStatus",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "enum": [
              "PENDING_CONFIRMATION",
              "PENDING_REVIEW",
              "PENDING_CUSTOMER_REVIEW",
              "ASSIGNED",
              "IN_PROGRESS",
              "WAIT_LIST",
              "RESOLVED",
              "CLOSED",
              "APPROVED",
              "ANY",
              "ANY_OPEN"
            ]
          },
          "matrix": true
        }
      ],
      "responses": {
        "200": "Collection",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "getTicket",
      "method": "get",
      "path": "/rest/ticket/{ticketNo}",
      "tags": [
        "Ticket"
      ],
      "summary": "Get ticket details",
      "idempotent": true,
      "params": [
        {
          "name": "ticketNo",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^\\d{8}-X\\d+$"
          }
        },
        {
          "name": "msgRefs",
          "in": "query",
          "required": false,
          "type": {
            "kind": "scalar",
            "type": "boolean"
          }
        }
      ],
      "responses": {
        "200": "Ticket",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "413": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "modifyTicket",
      "method": "put",
      "path": "/rest/ticket/{ticketNo}",
      "tags": [
        "Ticket"
      ],
      "summary": "Close a resolved ticket",
      "idempotent": true,
      "params": [
        {
          "name": "ticketNo",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^\\d{8}-X\\d+$"
          }
        }
      ],
      "responses": {
        "200": "Ticket",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Ticket",
      "requestRequired": true
    },
    {
      "operationId": "getTicketSummary",
      "method": "get",
      "path": "/rest/ticket/{ticketNo}/summary",
      "tags": [
        "Ticket"
      ],
      "summary": "Get a ticket summary",
      "idempotent": true,
      "params": [
        {
          "name": "ticketNo",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^\\d{8}-X\\d+$"
          }
        }
      ],
      "responses": {
        "200": "Ticket",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "setTicketStatus",
      "method": "put",
      "path": "/rest/ticket/{ticketNo}/ticketStatus/{ticketStatus}",
      "tags": [
        "Ticket"
      ],
      "summary": "Close a resolved ticket (no body)",
      "idempotent": true,
      "params": [
        {
          "name": "ticketNo",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^\\d{8}-X\\d+$"
          }
        },
        {
          "name": "ticketStatus",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "enum": [
              "CLOSED"
            ]
          }
        }
      ],
      "responses": {
        "200": "Ticket",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    },
    {
      "operationId": "addTicketMessage",
      "method": "put",
      "path": "/rest/ticket/{ticketNo}/message",
      "tags": [
        "Ticket"
      ],
      "summary": "Add a message to a ticket",
      "idempotent": false,
      "params": [
        {
          "name": "ticketNo",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^\\d{8}-X\\d+$"
          }
        }
      ],
      "responses": {
        "200": "Message",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "413": "Error",
        "415": "Error",
        "429": "Error",
        "503": "Error"
      },
      "request": "Message",
      "requestRequired": true
    },
    {
      "operationId": "getTicketMessage",
      "method": "get",
      "path": "/rest/ticket/{ticketNo}/message/{messageId}",
      "tags": [
        "Ticket"
      ],
      "summary": "Get one message of a ticket",
      "idempotent": true,
      "params": [
        {
          "name": "ticketNo",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "string",
            "pattern": "^\\d{8}-X\\d+$"
          }
        },
        {
          "name": "messageId",
          "in": "path",
          "required": true,
          "type": {
            "kind": "scalar",
            "type": "integer",
            "minimum": 0
          }
        }
      ],
      "responses": {
        "200": "Message",
        "400": "Error",
        "401": "Error",
        "404": "Error",
        "406": "Error",
        "429": "Error",
        "503": "Error"
      }
    }
  ]
};
