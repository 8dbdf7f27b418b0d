// Generated from spec/ by packages/codec/scripts/generate-xml-map.mjs. Do not edit: run `npm run generate`.

/** Kind of point of contact. Immutable once the POC exists. */
export const ContactTypeValues = ["PERSON","ROLE"] as const;
export type ContactType = (typeof ContactTypeValues)[number];
export const ContactTypeDescriptions: Readonly<Record<string, string>> = {
  "PERSON": "An individual; `firstName` and `lastName` are required.",
  "ROLE": "A role or group (e.g. a NOC); `lastName` holds the role name, `companyName` is required and `firstName`/`middleName` must be absent."
};

/** Phone type code. Also the value of the `;type=` matrix parameter of the delete-phone calls. */
export const PhoneTypeCodeValues = ["O","F","M"] as const;
export type PhoneTypeCode = (typeof PhoneTypeCodeValues)[number];
export const PhoneTypeCodeDescriptions: Readonly<Record<string, string>> = {
  "O": "Office (server description `OFFICE`)",
  "F": "Fax (server description `FAX`)",
  "M": "Mobile (server description `MOBILE`)"
};

/** Function of a POC link (`pocLinkRef/@function`) and value of the `;pocFunction=` matrix parameter. */
export const PocFunctionValues = ["AD","AB","N","T","R","D"] as const;
export type PocFunction = (typeof PocFunctionValues)[number];
export const PocFunctionDescriptions: Readonly<Record<string, string>> = {
  "AD": "Admin POC (server description `Admin`)",
  "AB": "Abuse POC (server description `Abuse`)",
  "N": "NOC POC (server description `NOC`)",
  "T": "Tech POC (server description `Tech`)",
  "R": "Routing POC (server description `Routing`)",
  "D": "DNS POC (server description `DNS`)"
};

/** NET block type code. The server fills it in when it is omitted on reassign (`S`) or */
export const NetBlockTypeValues = ["A","AF","AP","AR","AV","DA","DS","FX","IR","IU","LN","LX","PV","PX","RD","RN","RV","RX","S"] as const;
export type NetBlockType = (typeof NetBlockTypeValues)[number];
export const NetBlockTypeDescriptions: Readonly<Record<string, string>> = {
  "A": "Reallocated",
  "AF": "AFRINIC Allocated",
  "AP": "APNIC Allocated",
  "AR": "ARIN Allocated",
  "AV": "ARIN Early Reservation",
  "DA": "Direct Allocation",
  "DS": "Direct Assignment",
  "FX": "AFRINIC Transferred",
  "IR": "IANA Reserved",
  "IU": "IANA Special Use",
  "LN": "LACNIC Allocated",
  "LX": "LACNIC Transferred",
  "PV": "APNIC Early Reservation",
  "PX": "APNIC Early Registration",
  "RD": "RIPE NCC Allocated",
  "RN": "RIPE Allocated",
  "RV": "RIPE Early Reservation",
  "RX": "RIPE NCC Transferred",
  "S": "Reassigned"
};

/** Ticket type (`webTicketType`) and value of the `;ticketType=` matrix parameter. (open set: other values may appear) */
export const TicketTypeValues = ["ANY","ASN_REQUEST","ASSOCIATIONS_REPORT","CREATE_DELEGATED_RESOURCE_CERTIFICATE","CREATE_RESOURCE_CERTIFICATE","CREATE_ROA","CREATE_UPDOWN_RESOURCE_CERTIFICATE","EDIT_BILLING_CONTACT_INFO","EDIT_ORG_NAME","END_USER_IPV4_REQUEST","END_USER_IPV6_REQUEST","IPV4_DETAILED_REASSIGN","IPV4_REALLOCATE","IPV4_SIMPLE_REASSIGN","IPV6_DETAILED_REASSIGN","IPV6_REALLOCATE","ISP_IPV4_REQUEST","ISP_IPV6_REQUEST","MEMBERSHIP_REQUEST","NET_DELETE_REQUEST","ORG_CREATE","ORG_RECOVERY","PAID_MEMBERSHIP_REQUEST","POC_RECOVERY","PSP_REQUEST","QUESTION","REASSIGNMENT_REPORT","TRANSFER_LISTING_SERVICE","TRANSFER_PREAPPROVAL","TRANSFER_RECIPIENT_82","TRANSFER_RECIPIENT_83","TRANSFER_RECIPIENT_84","TRANSFER_SOURCE_83","TRANSFER_SOURCE_84","UPDATE_UPDOWN_IDENTITY","USER_REASSIGNMENT_REPORT","WHOWAS_ACCESS","WHOWAS_REPORT"] as const;
export type TicketType = (typeof TicketTypeValues)[number] | (string & {});
export const TicketTypeDescriptions: Readonly<Record<string, string>> = {
  "ANY": "Search only - every ticket type.",
  "ASN_REQUEST": "Request for an Autonomous System Number.",
  "ASSOCIATIONS_REPORT": "Report of the records associated with your ARIN Online account.",
  "CREATE_DELEGATED_RESOURCE_CERTIFICATE": "Request for a delegated RPKI resource certificate.",
  "CREATE_RESOURCE_CERTIFICATE": "Request for a hosted RPKI resource certificate.",
  "CREATE_ROA": "Route Origin Authorization request.",
  "CREATE_UPDOWN_RESOURCE_CERTIFICATE": "Request for an up/down (delegated RPKI) resource certificate.",
  "EDIT_BILLING_CONTACT_INFO": "Change of billing contact information.",
  "EDIT_ORG_NAME": "Change of an Org's legal name.",
  "END_USER_IPV4_REQUEST": "End-user IPv4 address request.",
  "END_USER_IPV6_REQUEST": "End-user IPv6 address request.",
  "IPV4_DETAILED_REASSIGN": "IPv4 detailed reassignment held for manual review.",
  "IPV4_REALLOCATE": "IPv4 reallocation held for manual review.",
  "IPV4_SIMPLE_REASSIGN": "IPv4 simple reassignment held for manual review.",
  "IPV6_DETAILED_REASSIGN": "IPv6 detailed reassignment held for manual review.",
  "IPV6_REALLOCATE": "IPv6 reallocation held for manual review.",
  "ISP_IPV4_REQUEST": "ISP IPv4 address request.",
  "ISP_IPV6_REQUEST": "ISP IPv6 address request.",
  "MEMBERSHIP_REQUEST": "ARIN membership request.",
  "NET_DELETE_REQUEST": "Deletion of a NET that has child NETs.",
  "ORG_CREATE": "Creation of an Org (answer to `POST /rest/org`).",
  "ORG_RECOVERY": "Recovery of an Org record.",
  "PAID_MEMBERSHIP_REQUEST": "Former membership request type (replaced by MEMBERSHIP_REQUEST, still searchable).",
  "POC_RECOVERY": "Recovery of a POC record.",
  "PSP_REQUEST": "Premier Support Plan request.",
  "QUESTION": "Ask ARIN question.",
  "REASSIGNMENT_REPORT": "Reassignment report for one NET.",
  "TRANSFER_LISTING_SERVICE": "Transfer listing service.",
  "TRANSFER_PREAPPROVAL": "Transfer pre-approval.",
  "TRANSFER_RECIPIENT_82": "NRPM 8.2 transfer, recipient side.",
  "TRANSFER_RECIPIENT_83": "NRPM 8.3 transfer, recipient side.",
  "TRANSFER_RECIPIENT_84": "NRPM 8.4 transfer, recipient side.",
  "TRANSFER_SOURCE_83": "NRPM 8.3 transfer, source side.",
  "TRANSFER_SOURCE_84": "NRPM 8.4 transfer, source side.",
  "UPDATE_UPDOWN_IDENTITY": "Update of an up/down RPKI identity.",
  "USER_REASSIGNMENT_REPORT": "Report of all downstream networks and free blocks.",
  "WHOWAS_ACCESS": "Request for access to WhoWas reports.",
  "WHOWAS_REPORT": "WhoWas report."
};

/** Ticket status (`webTicketStatus`) and value of the `;ticketStatus=` matrix parameter. */
export const TicketStatusValues = ["PENDING_CONFIRMATION","PENDING_REVIEW","PENDING_CUSTOMER_REVIEW","ASSIGNED","IN_PROGRESS","WAIT_LIST","RESOLVED","CLOSED","APPROVED","ANY","ANY_OPEN"] as const;
export type TicketStatus = (typeof TicketStatusValues)[number];
export const TicketStatusDescriptions: Readonly<Record<string, string>> = {
  "PENDING_CONFIRMATION": "An email was sent asking you to confirm the request.",
  "PENDING_REVIEW": "Awaiting review by an ARIN department.",
  "PENDING_CUSTOMER_REVIEW": "Created by ARIN staff on your behalf; needs your confirmation.",
  "ASSIGNED": "Assigned to an ARIN staff member.",
  "IN_PROGRESS": "Being worked on; may be waiting for you.",
  "WAIT_LIST": "On the IPv4 waiting list.",
  "RESOLVED": "Resolved; may be closed by the client.",
  "CLOSED": "Closed.",
  "APPROVED": "Approved.",
  "ANY": "Search only - every status.",
  "ANY_OPEN": "Search only - every status except CLOSED."
};

/** How a ticket was resolved (`webTicketResolution`); present only once the ticket is resolved. */
export const TicketResolutionValues = ["ACCEPTED","DENIED","ABANDONED","ANSWERED","PROCESSED","DUPLICATE","WITHDRAWN","UNSUCCESSFUL","OTHER"] as const;
export type TicketResolution = (typeof TicketResolutionValues)[number];
export const TicketResolutionDescriptions: Readonly<Record<string, string>> = {
  "ACCEPTED": "The requested changes were accepted.",
  "DENIED": "The request was denied.",
  "ABANDONED": "The ticket was idle for too long.",
  "ANSWERED": "Questions only; they were answered.",
  "PROCESSED": "A long-running task (report, large NET delete) finished.",
  "DUPLICATE": "Duplicate of another ticket.",
  "WITHDRAWN": "Closed by you.",
  "UNSUCCESSFUL": "The request could not be completed.",
  "OTHER": "Any other resolution."
};

/** Category of a ticket message. Defaults to `NONE` when omitted. */
export const MessageCategoryValues = ["NONE","JUSTIFICATION"] as const;
export type MessageCategory = (typeof MessageCategoryValues)[number];
export const MessageCategoryDescriptions: Readonly<Record<string, string>> = {
  "NONE": "Ordinary message.",
  "JUSTIFICATION": "Justification for a resource request."
};

/** Error code of an `<error>` payload. **Open set**: ARIN's sources list 9 to 12 codes and new (open set: other values may appear) */
export const ErrorCodeValues = ["E_SCHEMA_VALIDATION","E_ENTITY_VALIDATION","E_OBJECT_NOT_FOUND","E_AUTHENTICATION","E_NOT_REMOVEABLE","E_BAD_REQUEST","E_OUTAGE","E_TOO_MANY_REQUESTS","E_UNSPECIFIED","E_METHOD_NOT_ALLOWED","E_NOT_ACCEPTABLE","E_UNSUPPORTED_MEDIA_TYPE"] as const;
export type ErrorCode = (typeof ErrorCodeValues)[number] | (string & {});
export const ErrorCodeDescriptions: Readonly<Record<string, string>> = {
  "E_SCHEMA_VALIDATION": "The XML did not pass RELAX NG schema validation (400).",
  "E_ENTITY_VALIDATION": "Business validation failed, see `components` (400).",
  "E_OBJECT_NOT_FOUND": "The object named in the URL was not found (404).",
  "E_AUTHENTICATION": "API key missing, invalid, inactive, or not authorized for the object (400 for missing/invalid key, 401 otherwise).",
  "E_NOT_REMOVEABLE": "The object is still linked or associated; remove the links first (409).",
  "E_BAD_REQUEST": "Bad URL, parameter type or value, or wrong media type in older releases (400).",
  "E_OUTAGE": "Service unavailable for maintenance (503).",
  "E_TOO_MANY_REQUESTS": "Rate limit exceeded (429).",
  "E_UNSPECIFIED": "Catch-all (usually 500; OT&E also uses it with 404).",
  "E_METHOD_NOT_ALLOWED": "Wrong HTTP method, or a handle supplied on a create call (405).",
  "E_NOT_ACCEPTABLE": "The `Accept` header asks for a media type the service cannot produce (406).",
  "E_UNSUPPORTED_MEDIA_TYPE": "The request `Content-Type` is not `application/xml` (415)."
};

/** DNSSEC algorithm numbers ARIN accepts for DS records (IANA "DNS Security Algorithm */
export const DnssecAlgorithmNumberValues = [5,7,8,10,13,14,15,16] as const;
export type DnssecAlgorithmNumber = (typeof DnssecAlgorithmNumberValues)[number];
export const DnssecAlgorithmNumberDescriptions: Readonly<Record<string, string>> = {
  "5": "RSA/SHA-1 (RSASHA1)",
  "7": "RSASHA1-NSEC3-SHA1",
  "8": "RSA/SHA-256 (RSASHA256)",
  "10": "RSA/SHA-512 (RSASHA512)",
  "13": "ECDSA Curve P-256 with SHA-256 (ECDSAP256SHA256)",
  "14": "ECDSA Curve P-384 with SHA-384 (ECDSAP384SHA384)",
  "15": "Ed25519 (ED25519)",
  "16": "Ed448 (ED448)"
};

/** DS digest type numbers (IANA "Delegation Signer (DS) Resource Record Digest Algorithms"). Text of `<digestType>`. */
export const DsDigestTypeNumberValues = [1,2,3,4] as const;
export type DsDigestTypeNumber = (typeof DsDigestTypeNumberValues)[number];
export const DsDigestTypeNumberDescriptions: Readonly<Record<string, string>> = {
  "1": "SHA-1",
  "2": "SHA-256",
  "3": "GOST R 34.11-94",
  "4": "SHA-384"
};
