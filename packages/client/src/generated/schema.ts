// Generated from spec/dist/openapi.yaml by packages/client/scripts/generate-types.mjs (openapi-typescript).
// Do not edit: run `npm run generate -w @regrws/client`.

export interface paths {
    "/rest/poc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a POC
         * @description Creates a POC from the payload and returns it as committed, including the new handle.
         *     Leave `handle` and `registrationDate` out; a handle in the URL gives 405.
         *
         *     **Seed vs. today:** the founding spec documents `POST /rest/poc/`. Today's ARIN documents
         *     `POST /rest/poc;makeLink={true|false}` (see `createPocWithMakeLink`); without the matrix
         *     parameter the POC is not linked to the key owner's ARIN Online account.
         */
        post: operations["createPoc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/poc;makeLink={makeLink}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;makeLink=`. `true` links the new POC to the ARIN Online account that owns
                 *     the API key (only one user may link to a PERSON POC; ROLE POCs may be linked by many);
                 *     `false` creates an unlinked POC.
                 * @example true
                 */
                makeLink: components["parameters"]["MakeLink"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a POC (and optionally link it to your account)
         * @description Today's ARIN form of POC creation. `;makeLink=true` links the new POC to the ARIN Online
         *     account that owns the API key (only one web user may link to a PERSON POC; ROLE POCs may
         *     be linked by many); `;makeLink=false` creates it unlinked. Otherwise identical to
         *     `createPoc`.
         */
        post: operations["createPocWithMakeLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/poc/{pocHandle}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
            };
            cookie?: never;
        };
        /**
         * Get a POC
         * @description Returns the POC record. An unknown handle gives 404 (`E_OBJECT_NOT_FOUND`).
         */
        get: operations["getPoc"];
        /**
         * Modify a POC
         * @description Replaces the POC with the payload and returns the committed record. `contactType`,
         *     `firstName`, `middleName` and `lastName` are immutable (changing them is an error). If the
         *     payload carries `phones` or `emails`, they **replace all** existing phones/emails; use the
         *     phone and email sub-resources to add or remove one. On a validation error nothing is
         *     committed.
         */
        put: operations["modifyPoc"];
        post?: never;
        /**
         * Delete a POC
         * @description Deletes the POC and returns the record as it was. Fails with 409 (`E_NOT_REMOVEABLE`) while
         *     the POC is still linked to an Org, NET or ASN.
         */
        delete: operations["deletePoc"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/poc/{pocHandle}/phone": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Add a phone to a POC
         * @description Adds a phone; never replaces existing ones. Adding a number/type pair that already exists
         *     succeeds without changing the stored extension. Returns the phone.
         */
        put: operations["addPocPhone"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/poc/{pocHandle}/phone/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
                /**
                 * @description Phone number exactly as stored, including `+`, `-` and `.` (percent-encode `+` as `%2B`).
                 *     Matching is exact.
                 * @example +1-555-555-0100
                 */
                number: components["parameters"]["PhoneNumber"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a phone number (all types)
         * @description Removes the number from the POC for every phone type it is registered under.
         *
         *     Returns a `<collection>` of the removed phones; when nothing matched, 200 with an empty
         *     `<collection/>` (404 only means the POC does not exist). The POC must still be valid
         *     afterwards: removing the last Office phone gives 400. The number must match exactly,
         *     including `+`, `-` and `.`.
         */
        delete: operations["deletePocPhoneByNumber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/poc/{pocHandle}/phone/;type={type}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
                /**
                 * @description Matrix parameter `;type=`: phone type code (`O` office, `F` fax, `M` mobile).
                 * @example F
                 */
                type: components["parameters"]["PhoneTypeMatrix"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove all phones of a type
         * @description `DELETE /rest/poc/{pocHandle}/phone/;type={type}`: removes every phone of the given type
         *     (no number). This variant overlaps the `{number}` forms in URL-template routing (a mock
         *     may read it as an empty number); see Limitations.
         *
         *     Returns a `<collection>` of the removed phones; when nothing matched, 200 with an empty
         *     `<collection/>` (404 only means the POC does not exist). The POC must still be valid
         *     afterwards: removing the last Office phone gives 400.
         */
        delete: operations["deletePocPhoneByType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/poc/{pocHandle}/phone/{number};type={type}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
                /**
                 * @description Phone number exactly as stored, including `+`, `-` and `.` (percent-encode `+` as `%2B`).
                 *     Matching is exact.
                 * @example +1-555-555-0100
                 */
                number: components["parameters"]["PhoneNumber"];
                /**
                 * @description Matrix parameter `;type=`: phone type code (`O` office, `F` fax, `M` mobile).
                 * @example F
                 */
                type: components["parameters"]["PhoneTypeMatrix"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a phone number of one type
         * @description Removes the number only where it is registered with the given type.
         *
         *     Returns a `<collection>` of the removed phones; when nothing matched, 200 with an empty
         *     `<collection/>` (404 only means the POC does not exist). The POC must still be valid
         *     afterwards: removing the last Office phone gives 400. The number must match exactly,
         *     including `+`, `-` and `.`.
         */
        delete: operations["deletePocPhoneByNumberAndType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/poc/{pocHandle}/email/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
                /**
                 * @description Email address (percent-encode reserved characters).
                 * @example noc@example.net
                 */
                email: components["parameters"]["Email"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an email address to a POC
         * @description Adds the email address (no request body) and returns the whole POC.
         */
        post: operations["addPocEmail"];
        /**
         * Remove an email address from a POC
         * @description Removes the email address (no request body) and returns the whole POC. Removing the last
         *     email address gives 400 (a POC needs at least one).
         */
        delete: operations["deletePocEmail"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/org": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an Org (opens an ORG_CREATE ticket)
         * @description Requests a new Org for obtaining resources directly from ARIN. The Org is not created
         *     immediately: the response is a **Ticket** of type `ORG_CREATE` (typically
         *     `PENDING_REVIEW`) and carries no Org handle. To create a downstream Org that you will
         *     reassign or reallocate to, use `createRecipientOrg`. A handle in the URL gives 405.
         */
        post: operations["createOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/org/{orgHandle}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Org ID, e.g. `EN-42` or `ARIN`.
                 * @example EN-42
                 */
                orgHandle: components["parameters"]["OrgHandle"];
            };
            cookie?: never;
        };
        /**
         * Get an Org
         * @description Returns the Org record.
         */
        get: operations["getOrg"];
        /**
         * Modify an Org
         * @description Replaces the Org with the payload and returns the committed record. `orgName` and
         *     `dbaName` are immutable. Sending `pocLinks` **replaces all** POC links (the result must
         *     still have exactly one Admin, at least one Tech and one Abuse POC); this is also the way
         *     to change the Admin POC today.
         */
        put: operations["modifyOrg"];
        post?: never;
        /**
         * Delete an Org
         * @description Deletes the Org and returns the record as it was. Fails with 409 (`E_NOT_REMOVEABLE`)
         *     while the Org still holds resources.
         */
        delete: operations["deleteOrg"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/org/{orgHandle}/poc/{pocHandle};pocFunction={pocFunction}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Org ID, e.g. `EN-42` or `ARIN`.
                 * @example EN-42
                 */
                orgHandle: components["parameters"]["OrgHandle"];
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
                /**
                 * @description Matrix parameter `;pocFunction=`: the function of the POC link.
                 * @example T
                 */
                pocFunction: components["parameters"]["PocFunctionMatrix"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Link a POC to an Org
         * @description Adds a POC link with the given function (no request body) and returns the Org. Both the
         *     Org and the POC must exist (404 names the missing one).
         *
         *     **Seed vs. today:** the founding spec says linking an Admin (`AD`) replaces the current
         *     Admin POC; today's ARIN documentation says adding or changing the Admin this way returns
         *     an error and `modifyOrg` must be used instead. This document follows today's service.
         */
        put: operations["addOrgPoc"];
        post?: never;
        /**
         * Unlink a POC from an Org
         * @description Removes the POC link with the given function and returns the Org. The Org must still be
         *     valid afterwards: removing the last Tech or Abuse POC gives 400.
         *
         *     **Seed vs. today:** the founding spec describes the result as a PayloadList of the removed
         *     POC links (with 200 and an empty list when nothing matched) and allows omitting the
         *     function; today's ARIN returns the **Org** payload, and this document follows that.
         *     Clients should also accept a `<collection>` of `<pocLinkRef>` (see `Collection`).
         */
        delete: operations["removeOrgPoc"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/customer/{customerHandle}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer handle, `C` followed by (at least) 8 digits, e.g. `C07361391`.
                 * @example C07361391
                 */
                customerHandle: components["parameters"]["CustomerHandle"];
            };
            cookie?: never;
        };
        /**
         * Get a customer
         * @description Returns the customer record.
         */
        get: operations["getCustomer"];
        /**
         * Modify a customer
         * @description Replaces the customer with the payload and returns the committed record. Behaves like
         *     `modifyOrg`. Echo `handle` and `registrationDate` unchanged if you send them.
         */
        put: operations["modifyCustomer"];
        post?: never;
        /**
         * Delete a customer
         * @description Deletes the customer and returns the record as it was. Fails with 409 (`E_NOT_REMOVEABLE`)
         *     while a NET is still reassigned to it: delete the NET first (deleting a simple
         *     reassignment NET leaves its customer behind).
         */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/net/{netHandle}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description NET handle, e.g. `NET-192-0-2-64-1` (IPv4) or `NET6-2001-DB8-1` (IPv6).
                 * @example NET-192-0-2-64-1
                 */
                netHandle: components["parameters"]["NetHandle"];
            };
            cookie?: never;
        };
        /**
         * Get a NET
         * @description Returns the NET (IPv4 or IPv6). Addresses in the response are zero-padded/fully expanded.
         */
        get: operations["getNet"];
        /**
         * Modify a NET
         * @description Updates the NET and returns the committed record. Typically used for `netName`,
         *     `comment` and `pocLinks` (Tech, NOC, Abuse only). `version`, `netBlocks`, `orgHandle`,
         *     `customerHandle` and `parentNetHandle` are immutable and must be sent unchanged (changing
         *     or omitting them is an error). `originASes` values are discarded since July 2025.
         */
        put: operations["modifyNet"];
        post?: never;
        /**
         * Delete a NET (reallocation or reassignment)
         * @description Deletes a reallocated (`A`) or reassigned (`S`) NET. Returns a `<ticketedRequest>`:
         *     with the deleted `<net>` when the NET had no children (done; GET now gives 404), or with a
         *     `<ticket>` (`NET_DELETE_REQUEST`) when child reallocations/reassignments exist (pending;
         *     wait for the ticket to close before reusing the space). Direct allocations/assignments
         *     (`DA`, `DS`) cannot be returned this way (error payload; use Ask ARIN). Deleting a simple
         *     reassignment leaves its customer; delete it with `deleteCustomer`.
         *     Not replayed automatically: a repeat after a lost answer may open a second
         *     `NET_DELETE_REQUEST` ticket, or report 404 for a delete that succeeded. Check with
         *     `getNet` (and your open tickets) before trying again.
         */
        delete: operations["deleteNet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/net/{parentNetHandle}/org": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Handle of the parent NET (type `DA` or `A`) that the space comes from, e.g.
                 *     `NET-192-0-2-0-1`. The API key's web user must be linked to the Tech POC of this NET or to
                 *     the Admin/Tech POC of its Org.
                 * @example NET-192-0-2-0-1
                 */
                parentNetHandle: components["parameters"]["ParentNetHandle"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a recipient Org under a parent NET
         * @description Creates a downstream Org (with its own POCs) to which you will reallocate or make a
         *     detailed reassignment from the parent NET, and returns it with its new handle.
         *     The API key's web user must be linked to the Tech POC of the parent NET, or to the
         *     Tech or Admin POC of the Org holding the parent NET; otherwise 403.
         *
         *     **Seed vs. today:** this call is documented in the founding spec and in ARIN's Java
         *     client but no longer appears on ARIN's current methods page; it is kept because the seed
         *     requires it.
         */
        post: operations["createRecipientOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/net/{parentNetHandle}/customer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Handle of the parent NET (type `DA` or `A`) that the space comes from, e.g.
                 *     `NET-192-0-2-0-1`. The API key's web user must be linked to the Tech POC of this NET or to
                 *     the Admin/Tech POC of its Org.
                 * @example NET-192-0-2-0-1
                 */
                parentNetHandle: components["parameters"]["ParentNetHandle"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer under a parent NET
         * @description Creates a customer (no POCs of its own; it inherits the parent Org's) for a simple
         *     reassignment from the parent NET, and returns it with its new handle (`C` + 8 digits).
         *     Each creation issues a new handle, and a customer can back only one simple reassignment.
         *     The API key's web user must be linked to the Tech POC of the parent NET, or to the
         *     Tech or Admin POC of the Org holding the parent NET; otherwise 403.
         *     A private customer (`privateCustomer` = true) also needs an upstream Abuse and Tech POC on
         *     the parent NET or its Org.
         */
        post: operations["createRecipientCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/net/{parentNetHandle}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Handle of the parent NET (type `DA` or `A`) that the space comes from, e.g.
                 *     `NET-192-0-2-0-1`. The API key's web user must be linked to the Tech POC of this NET or to
                 *     the Admin/Tech POC of its Org.
                 * @example NET-192-0-2-0-1
                 */
                parentNetHandle: components["parameters"]["ParentNetHandle"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Reassign part of a NET
         * @description Reassigns a block of the parent NET to a recipient that will use it (no further
         *     reassignment). Give `customerHandle` (or an embedded `customer`) for a **simple**
         *     reassignment, or `orgHandle` of a recipient Org for a **detailed** reassignment. The new
         *     NET must carry no POC links. IPv6 simple reassignments must be /64 or shorter.
         *     The response is a `<ticketedRequest>` with exactly one child: `<net>` when the request
         *     was processed automatically (done), or `<ticket>` when it is held for manual review by
         *     ARIN (pending: poll `GET /rest/ticket/{ticketNo}`). ARIN does not document whether the
         *     ticket case uses 200 or another 2xx status; 200 is documented here.
         *     The API key's web user must be linked to the Tech POC of the parent NET, or to the
         *     Tech or Admin POC of the Org holding the parent NET; otherwise 403.
         *     Rejections (error payload): recipient missing; POC links in the new NET; net name with
         *     characters other than letters, digits, hyphens and spaces; parent missing, inactive or
         *     not `DA`/`A`; range overlapping an existing NET under the same parent (400
         *     `E_ENTITY_VALIDATION`); range outside the parent (409); key not authorised for the parent,
         *     block not reassignable/reallocatable, or recipient Org not accepting reassignments (403).
         */
        put: operations["reassignNet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/net/{parentNetHandle}/reallocate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Handle of the parent NET (type `DA` or `A`) that the space comes from, e.g.
                 *     `NET-192-0-2-0-1`. The API key's web user must be linked to the Tech POC of this NET or to
                 *     the Admin/Tech POC of its Org.
                 * @example NET-192-0-2-0-1
                 */
                parentNetHandle: components["parameters"]["ParentNetHandle"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Reallocate part of a NET
         * @description Reallocates a block of the parent NET to a recipient Org (`orgHandle` required) that
         *     may reassign or reallocate it further. The recipient Org needs an Admin and at least one
         *     Tech POC; the new NET must carry no POC links.
         *     The response is a `<ticketedRequest>` with exactly one child: `<net>` when the request
         *     was processed automatically (done), or `<ticket>` when it is held for manual review by
         *     ARIN (pending: poll `GET /rest/ticket/{ticketNo}`). ARIN does not document whether the
         *     ticket case uses 200 or another 2xx status; 200 is documented here.
         *     The API key's web user must be linked to the Tech POC of the parent NET, or to the
         *     Tech or Admin POC of the Org holding the parent NET; otherwise 403.
         *     Rejections (error payload): recipient missing; POC links in the new NET; net name with
         *     characters other than letters, digits, hyphens and spaces; parent missing, inactive or
         *     not `DA`/`A`; range overlapping an existing NET under the same parent (400
         *     `E_ENTITY_VALIDATION`); range outside the parent (409); key not authorised for the parent,
         *     block not reassignable/reallocatable, or recipient Org not accepting reassignments (403).
         */
        put: operations["reallocateNet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/net/{netHandle}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description NET handle, e.g. `NET-192-0-2-64-1` (IPv4) or `NET6-2001-DB8-1` (IPv6).
                 * @example NET-192-0-2-64-1
                 */
                netHandle: components["parameters"]["NetHandle"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Remove a NET, with a message
         * @description Asks ARIN to remove the NET, with a `<net>` body that may carry `messages` (with inline
         *     base64 `attachments`) explaining the request; send the NET as `GET` returns it, with the
         *     immutable fields (`version`, `netBlocks`, `orgHandle`/`customerHandle`,
         *     `parentNetHandle`) unchanged. The response is a `<ticketedRequest>` with exactly one
         *     child: `<net>` when the NET was removed at once (done; `GET` now gives 404), or `<ticket>`
         *     (`NET_DELETE_REQUEST`) when ARIN reviews the request (pending; wait for the ticket to close
         *     before reusing the space). ARIN does not document whether the ticket case uses 200 or
         *     another 2xx; 200 is documented here. Not idempotent: a replay may open a second request
         *     or ticket, so check the NET and your tickets first. `originASes` values are discarded
         *     since July 2025 (notes §5.16).
         *     Errors: the key not authorised for the NET or its parent (403), the NET still linked to
         *     other records (409), a body or attachments too large (413).
         */
        put: operations["removeNet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/net/parentNet/{startAddress}/{endAddress}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description First address of the range, in plain notation: IPv4 dotted decimal without zero padding
                 *     (`192.0.2.64`, not `192.000.002.064`) or IPv6 (`2001:db8::`, compressed or not). Not a
                 *     CIDR prefix and not a handle. Percent-encoding `:` is allowed.
                 * @example 192.0.2.64
                 */
                startAddress: components["parameters"]["StartAddress"];
                /**
                 * @description Last address of the range, in the same plain notation and IP version as `startAddress`
                 *     (`192.0.2.95`, or `2001:db8:0:ffff:ffff:ffff:ffff:ffff`).
                 * @example 192.0.2.95
                 */
                endAddress: components["parameters"]["EndAddress"];
            };
            cookie?: never;
        };
        /**
         * Get the parent NET of an address range
         * @description Returns the NET the range comes from: the registered NET directly above it (for
         *     `192.0.2.64`–`192.0.2.95` reassigned out of `192.0.2.0/24`, the `/24`). Use it to find the `parentNetHandle` for a reassignment or
         *     reallocation. No NET contains the range: 404.
         *     The range is given in the URL in plain notation (`192.0.2.64`, `2001:db8::`; not
         *     zero-padded, not CIDR, not a handle), IPv4 or IPv6; both ends must be of the same version.
         *     Addresses in the response are zero-padded (IPv4) or fully expanded in upper case (IPv6),
         *     dates are ISO 8601 with an offset and children come in the server's order (notes §1.9,
         *     §5.1, §5.2).
         */
        get: operations["getParentNet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/net/mostSpecificNet/{startAddress}/{endAddress}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description First address of the range, in plain notation: IPv4 dotted decimal without zero padding
                 *     (`192.0.2.64`, not `192.000.002.064`) or IPv6 (`2001:db8::`, compressed or not). Not a
                 *     CIDR prefix and not a handle. Percent-encoding `:` is allowed.
                 * @example 192.0.2.64
                 */
                startAddress: components["parameters"]["StartAddress"];
                /**
                 * @description Last address of the range, in the same plain notation and IP version as `startAddress`
                 *     (`192.0.2.95`, or `2001:db8:0:ffff:ffff:ffff:ffff:ffff`).
                 * @example 192.0.2.95
                 */
                endAddress: components["parameters"]["EndAddress"];
            };
            cookie?: never;
        };
        /**
         * Get the most specific NET of an address range
         * @description Returns the smallest registered NET that contains the whole range (the NET equal to the
         *     range when one exists, e.g. the reassignment `192.0.2.64`–`192.0.2.95`). No NET
         *     contains the range: 404.
         *     The range is given in the URL in plain notation (`192.0.2.64`, `2001:db8::`; not
         *     zero-padded, not CIDR, not a handle), IPv4 or IPv6; both ends must be of the same version.
         *     Addresses in the response are zero-padded (IPv4) or fully expanded in upper case (IPv6),
         *     dates are ISO 8601 with an offset and children come in the server's order (notes §1.9,
         *     §5.1, §5.2).
         */
        get: operations["getMostSpecificNet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/net/netsByIpRange/{startAddress}/{endAddress}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description First address of the range, in plain notation: IPv4 dotted decimal without zero padding
                 *     (`192.0.2.64`, not `192.000.002.064`) or IPv6 (`2001:db8::`, compressed or not). Not a
                 *     CIDR prefix and not a handle. Percent-encoding `:` is allowed.
                 * @example 192.0.2.64
                 */
                startAddress: components["parameters"]["StartAddress"];
                /**
                 * @description Last address of the range, in the same plain notation and IP version as `startAddress`
                 *     (`192.0.2.95`, or `2001:db8:0:ffff:ffff:ffff:ffff:ffff`).
                 * @example 192.0.2.95
                 */
                endAddress: components["parameters"]["EndAddress"];
            };
            cookie?: never;
        };
        /**
         * List the NETs of an address range
         * @description Returns the registered NETs of the range as a `<collection>` of `<net>` elements (a real
         *     capture of this call is the only observed `<collection>` of NETs; ARIN's schemas disagree
         *     on which payloads a collection may hold, notes §5.7). No NET: `<collection/>` with 200.
         *     The range is given in the URL in plain notation (`192.0.2.64`, `2001:db8::`; not
         *     zero-padded, not CIDR, not a handle), IPv4 or IPv6; both ends must be of the same version.
         *     Addresses in the response are zero-padded (IPv4) or fully expanded in upper case (IPv6),
         *     dates are ISO 8601 with an offset and children come in the server's order (notes §1.9,
         *     §5.1, §5.2).
         */
        get: operations["listNetsByIpRange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/net/{netHandle}/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description NET handle, e.g. `NET-192-0-2-64-1` (IPv4) or `NET6-2001-DB8-1` (IPv6).
                 * @example NET-192-0-2-64-1
                 */
                netHandle: components["parameters"]["NetHandle"];
            };
            cookie?: never;
        };
        /**
         * List the delegations of a NET
         * @description Returns the reverse-DNS delegations of the NET as a `<collection>` of `<delegation>`
         *     elements (one per reverse zone the NET covers); a NET without delegations gives
         *     `<collection/>` (200). Use the `name` of each for `/rest/delegation/{delegationName}`.
         *     Source: ARIN's current RESTful methods page (https://www.arin.net/resources/registry/regrws/methods/, section "NETS", copy in `as19814/terraform-provider-arin` `docs/reference/arin-api/reg-rws/methods.md`), "Get Delegations of a NET": `GET /rest/net/NETHANDLE/delegations`, returning a payload
         *     list of delegation payloads (notes §3.1).
         */
        get: operations["getNetDelegations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/delegation/{delegationName}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reverse zone of the delegation, as `<name>` gives it, with or without the trailing dot:
                 *     `2.0.192.in-addr.arpa.` (IPv4, one to three octets, in reverse) or
                 *     `8.b.d.0.1.0.0.2.ip6.arpa.` (IPv6, one hex digit per label). Take it from
                 *     `GET /rest/net/{netHandle}/delegations`.
                 * @example 2.0.192.in-addr.arpa.
                 */
                delegationName: components["parameters"]["DelegationName"];
            };
            cookie?: never;
        };
        /**
         * Get a delegation
         * @description Returns the delegation of the reverse zone: its DS records (`delegationKeys`), `name`
         *     and `nameservers`, in the live server's order, with TTLs in the ttl namespace.
         *     Source: ARIN's current RESTful methods page (https://www.arin.net/resources/registry/regrws/methods/, section "Delegations", copy in `as19814/terraform-provider-arin` `docs/reference/arin-api/reg-rws/methods.md`), "Get Delegation Information": `GET /rest/delegation/DELEGATIONNAME`.
         */
        get: operations["getDelegation"];
        /**
         * Modify a delegation
         * @description Replaces the delegation's DS records and nameservers with those of the body and returns
         *     the committed delegation. Send the whole delegation (as `GET` returned it, with your
         *     changes): keys and nameservers left out are removed. `name` and the `name` attributes
         *     of `algorithm`/`digestType` are server-generated and ignored. Idempotent: the same body
         *     gives the same delegation. Changes may take up to 24 hours to reach the DNS.
         *     Errors: the key not authorised for the NET of the zone (403), the same nameserver twice
         *     (409, "duplicate nameserver" in ARIN's error table, notes §3.1), a body too large (413).
         *     Source: ARIN's current RESTful methods page (https://www.arin.net/resources/registry/regrws/methods/, section "Delegations", copy in `as19814/terraform-provider-arin` `docs/reference/arin-api/reg-rws/methods.md`), "Modify Delegation": `PUT /rest/delegation/DELEGATIONNAME` with a delegation payload,
         *     returning the delegation payload.
         */
        put: operations["modifyDelegation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/delegation/{delegationName}/nameserver/{nameserver}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reverse zone of the delegation, as `<name>` gives it, with or without the trailing dot:
                 *     `2.0.192.in-addr.arpa.` (IPv4, one to three octets, in reverse) or
                 *     `8.b.d.0.1.0.0.2.ip6.arpa.` (IPv6, one hex digit per label). Take it from
                 *     `GET /rest/net/{netHandle}/delegations`.
                 * @example 2.0.192.in-addr.arpa.
                 */
                delegationName: components["parameters"]["DelegationName"];
                /**
                 * @description Host name of the nameserver, e.g. `ns1.example.net` (ARIN stores and returns it in upper case).
                 * @example ns3.example.net
                 */
                nameserver: components["parameters"]["NameserverHost"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add or update one nameserver of a delegation
         * @description Adds the nameserver to the delegation, or updates it when it is already there (no request
         *     body), and returns the whole delegation. The optional `ttl` query parameter sets its TTL;
         *     without it the TTL is reset to the inherited one, even for a nameserver that had its own
         *     (AS19814 OT&E notes). Idempotent: "add or update" leaves the same delegation after a
         *     replay (no duplicate).
         *     Source: ARIN's current RESTful methods page (https://www.arin.net/resources/registry/regrws/methods/, section "Delegations", copy in `as19814/terraform-provider-arin` `docs/reference/arin-api/reg-rws/methods.md`), "Add or Update Nameserver to Delegation":
         *     `POST /rest/delegation/DELEGATIONNAME/nameserver/NAMESERVER?ttl=TTL`, no content, returning
         *     the delegation payload.
         */
        post: operations["addDelegationNameserver"];
        /**
         * Delete one nameserver from a delegation
         * @description Removes the nameserver (no request body) and returns the whole delegation; the DS records
         *     and the other nameservers are unchanged.
         *     Source: ARIN's current RESTful methods page (https://www.arin.net/resources/registry/regrws/methods/, section "Delegations", copy in `as19814/terraform-provider-arin` `docs/reference/arin-api/reg-rws/methods.md`), "Delete Nameserver from Delegation":
         *     `DELETE /rest/delegation/DELEGATIONNAME/nameserver/NAMESERVER`, returning the delegation
         *     payload.
         */
        delete: operations["deleteDelegationNameserver"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/delegation/{delegationName}/nameservers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reverse zone of the delegation, as `<name>` gives it, with or without the trailing dot:
                 *     `2.0.192.in-addr.arpa.` (IPv4, one to three octets, in reverse) or
                 *     `8.b.d.0.1.0.0.2.ip6.arpa.` (IPv6, one hex digit per label). Take it from
                 *     `GET /rest/net/{netHandle}/delegations`.
                 * @example 2.0.192.in-addr.arpa.
                 */
                delegationName: components["parameters"]["DelegationName"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete all nameservers from a delegation
         * @description Removes every nameserver of the delegation (no request body) and returns it, with an
         *     empty `<nameservers/>`; the DS records stay (remove them with `PUT`).
         *     Source: ARIN's current RESTful methods page (https://www.arin.net/resources/registry/regrws/methods/, section "Delegations", copy in `as19814/terraform-provider-arin` `docs/reference/arin-api/reg-rws/methods.md`), "Delete Multiple Nameservers from Delegation":
         *     `DELETE /rest/delegation/DELEGATIONNAME/nameservers`, returning the delegation payload.
         */
        delete: operations["deleteDelegationNameservers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/ticket;ticketStatus={ticketStatus}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;ticketStatus=`: a ticket status, or `ANY` / `ANY_OPEN`.
                 * @example ANY_OPEN
                 */
                ticketStatus: components["parameters"]["TicketStatusMatrix"];
            };
            cookie?: never;
        };
        /**
         * List tickets by status
         * @description Lists the tickets of the API key's ARIN Online account (except W-series tickets),
         *     as a `<collection>` of `<ticket>` summaries without messages; an empty result is
         *     `<collection/>`. The matrix parameters take `webTicketType` / `webTicketStatus` values,
         *     including the search values `ANY` and `ANY_OPEN`. (ARIN's methods page wrongly shows
         *     resolutions such as ACCEPTED as status values.)
         */
        get: operations["listTicketsByStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/ticket;ticketType={ticketType}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;ticketType=`: a ticket type, or `ANY`.
                 * @example IPV4_SIMPLE_REASSIGN
                 */
                ticketType: components["parameters"]["TicketTypeMatrix"];
            };
            cookie?: never;
        };
        /**
         * List tickets by type
         * @description Lists the tickets of the API key's ARIN Online account (except W-series tickets),
         *     as a `<collection>` of `<ticket>` summaries without messages; an empty result is
         *     `<collection/>`. The matrix parameters take `webTicketType` / `webTicketStatus` values,
         *     including the search values `ANY` and `ANY_OPEN`. (ARIN's methods page wrongly shows
         *     resolutions such as ACCEPTED as status values.)
         */
        get: operations["listTicketsByType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/ticket;ticketType={ticketType};ticketStatus={ticketStatus}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;ticketType=`: a ticket type, or `ANY`.
                 * @example IPV4_SIMPLE_REASSIGN
                 */
                ticketType: components["parameters"]["TicketTypeMatrix"];
                /**
                 * @description Matrix parameter `;ticketStatus=`: a ticket status, or `ANY` / `ANY_OPEN`.
                 * @example ANY_OPEN
                 */
                ticketStatus: components["parameters"]["TicketStatusMatrix"];
            };
            cookie?: never;
        };
        /**
         * List tickets by type and status
         * @description Lists the tickets of the API key's ARIN Online account (except W-series tickets),
         *     as a `<collection>` of `<ticket>` summaries without messages; an empty result is
         *     `<collection/>`. The matrix parameters take `webTicketType` / `webTicketStatus` values,
         *     including the search values `ANY` and `ANY_OPEN`. (ARIN's methods page wrongly shows
         *     resolutions such as ACCEPTED as status values.)
         */
        get: operations["listTicketsByTypeAndStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/ticket/summary;ticketStatus={ticketStatus}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;ticketStatus=`: a ticket status, or `ANY` / `ANY_OPEN`.
                 * @example ANY_OPEN
                 */
                ticketStatus: components["parameters"]["TicketStatusMatrix"];
            };
            cookie?: never;
        };
        /**
         * List ticket summaries by status
         * @description Lists the tickets of the API key's ARIN Online account (except W-series tickets) as a
         *     `<collection>` of `<ticket>` summaries, without `messages` or `messageReferences`;
         *     an empty result is `<collection/>` (200). The matrix parameters take `webTicketType` /
         *     `webTicketStatus` values, including the search values `ANY` and `ANY_OPEN`; ARIN's
         *     methods page wrongly shows resolutions such as ACCEPTED as status values, and
         *     `/rest/ticket/TICKETNUMBER/summary` as the header-authentication URL (notes §5.18).
         *     Status values follow ARIN's payload table, which has more values than the RELAX NG
         *     comments (notes §5.5); ticket types are an open set (notes §5.6).
         */
        get: operations["listTicketSummariesByStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/ticket/summary;ticketType={ticketType}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;ticketType=`: a ticket type, or `ANY`.
                 * @example IPV4_SIMPLE_REASSIGN
                 */
                ticketType: components["parameters"]["TicketTypeMatrix"];
            };
            cookie?: never;
        };
        /**
         * List ticket summaries by type
         * @description Lists the tickets of the API key's ARIN Online account (except W-series tickets) as a
         *     `<collection>` of `<ticket>` summaries, without `messages` or `messageReferences`;
         *     an empty result is `<collection/>` (200). The matrix parameters take `webTicketType` /
         *     `webTicketStatus` values, including the search values `ANY` and `ANY_OPEN`; ARIN's
         *     methods page wrongly shows resolutions such as ACCEPTED as status values, and
         *     `/rest/ticket/TICKETNUMBER/summary` as the header-authentication URL (notes §5.18).
         *     Status values follow ARIN's payload table, which has more values than the RELAX NG
         *     comments (notes §5.5); ticket types are an open set (notes §5.6).
         */
        get: operations["listTicketSummariesByType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/ticket/summary;ticketType={ticketType};ticketStatus={ticketStatus}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;ticketType=`: a ticket type, or `ANY`.
                 * @example IPV4_SIMPLE_REASSIGN
                 */
                ticketType: components["parameters"]["TicketTypeMatrix"];
                /**
                 * @description Matrix parameter `;ticketStatus=`: a ticket status, or `ANY` / `ANY_OPEN`.
                 * @example ANY_OPEN
                 */
                ticketStatus: components["parameters"]["TicketStatusMatrix"];
            };
            cookie?: never;
        };
        /**
         * List ticket summaries by type and status
         * @description Lists the tickets of the API key's ARIN Online account (except W-series tickets) as a
         *     `<collection>` of `<ticket>` summaries, without `messages` or `messageReferences`;
         *     an empty result is `<collection/>` (200). The matrix parameters take `webTicketType` /
         *     `webTicketStatus` values, including the search values `ANY` and `ANY_OPEN`; ARIN's
         *     methods page wrongly shows resolutions such as ACCEPTED as status values, and
         *     `/rest/ticket/TICKETNUMBER/summary` as the header-authentication URL (notes §5.18).
         *     Status values follow ARIN's payload table, which has more values than the RELAX NG
         *     comments (notes §5.5); ticket types are an open set (notes §5.6).
         */
        get: operations["listTicketSummariesByTypeAndStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/ticket/{ticketNo}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Ticket number in the format `YYYYMMDD-X<n>`, e.g. `20240502-X17`.
                 * @example 20240502-X17
                 */
                ticketNo: components["parameters"]["TicketNo"];
            };
            cookie?: never;
        };
        /**
         * Get ticket details
         * @description Returns the ticket. By default (`msgRefs=false`) it includes full `messages` with inline
         *     base64 attachments; with `msgRefs=true` it includes `messageReferences` instead. When the
         *     attachments are too large to return inline the server answers 413; retry with
         *     `msgRefs=true`. Tickets are deleted 90 days after closing (then 404). Poll this call to
         *     follow a pending reassign/reallocate/delete request.
         */
        get: operations["getTicket"];
        /**
         * Close a resolved ticket
         * @description Modifies the ticket. The only modifiable field is `webTicketStatus`, and only from
         *     `RESOLVED` to `CLOSED`; any other change is an error stating that the element cannot be
         *     modified.
         */
        put: operations["modifyTicket"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/ticket/{ticketNo}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Ticket number in the format `YYYYMMDD-X<n>`, e.g. `20240502-X17`.
                 * @example 20240502-X17
                 */
                ticketNo: components["parameters"]["TicketNo"];
            };
            cookie?: never;
        };
        /**
         * Get a ticket summary
         * @description Returns the ticket without its messages: no `messages` and no `messageReferences`,
         *     so it never carries attachments and never answers 413. Cheaper than
         *     `GET /rest/ticket/{ticketNo}` for polling the status of a pending request. Dates are
         *     ISO 8601 with an offset and children come in the server's order, not as in ARIN's payload
         *     documentation (notes §5.1, §5.2). ARIN's methods page also shows this URL, by mistake, as
         *     the header-authentication form of the ticket list (notes §5.18); the list is
         *     `/rest/ticket/summary;…` (`listTicketSummaries…`).
         */
        get: operations["getTicketSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/ticket/{ticketNo}/ticketStatus/{ticketStatus}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Ticket number in the format `YYYYMMDD-X<n>`, e.g. `20240502-X17`.
                 * @example 20240502-X17
                 */
                ticketNo: components["parameters"]["TicketNo"];
                /**
                 * @description The new ticket status. Only `CLOSED` is accepted, and only when the ticket is `RESOLVED`;
                 *     any other value or current status is refused (400).
                 * @example CLOSED
                 */
                ticketStatus: components["parameters"]["TicketStatusClosed"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Close a resolved ticket (no body)
         * @description Sets the ticket's `webTicketStatus` without a request body and returns the ticket. Only
         *     `CLOSED` is allowed, and only when the ticket is currently `RESOLVED`: any other status
         *     in the URL, or a ticket in any other status, is refused with an error payload (400). Same
         *     effect as `modifyTicket` with `<webTicketStatus>CLOSED</webTicketStatus>`. ARIN's methods
         *     page writes the URL with a generic `STATUS`; no other value is accepted. Closing an
         *     already closed ticket changes nothing, so a replay is safe. The answer carries no messages.
         */
        put: operations["setTicketStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/ticket/{ticketNo}/message": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Ticket number in the format `YYYYMMDD-X<n>`, e.g. `20240502-X17`.
                 * @example 20240502-X17
                 */
                ticketNo: components["parameters"]["TicketNo"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Add a message to a ticket
         * @description Adds a message (optionally with base64 attachments) to the ticket and returns the stored
         *     message, with its `messageId`, `createdDate` and `attachmentReferences`. Do not send
         *     `messageId` or `createdDate`. Not allowed on CLOSED tickets (400). Very large attachments
         *     give 413.
         */
        put: operations["addTicketMessage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rest/ticket/{ticketNo}/message/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Ticket number in the format `YYYYMMDD-X<n>`, e.g. `20240502-X17`.
                 * @example 20240502-X17
                 */
                ticketNo: components["parameters"]["TicketNo"];
                /**
                 * @description Message number within the ticket (`messageId` of a `<messageReference>` or `<message>`),
                 *     e.g. `2`. Take it from `GET /rest/ticket/{ticketNo}?msgRefs=true`.
                 * @example 2
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        /**
         * Get one message of a ticket
         * @description Returns one message of the ticket with `attachmentReferences` (file name and
         *     `attachmentId`) instead of inline attachments; download an attachment with
         *     `GET /rest/ticket/{ticketNo}/message/{messageId}/attachment/{attachmentId}` (not modelled
         *     here: it answers `application/octet-stream`). `messageId` and `createdDate` are in the
         *     messages namespace (usually prefixed `ns2`). ARIN's payload page misspells
         *     `attachementFilename` and drops the `/` of `</ns2:messageId>` in its examples; the
         *     server writes `attachmentFilename` and well-formed XML (notes §5.18). Lines are numbered
         *     from 0 and dates are ISO 8601 with an offset (notes §5.1, §5.3). Unknown ticket or
         *     message: 404.
         */
        get: operations["getTicketMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Poc
         * @description Point of contact (`<poc>`). Properties are listed in the real server's output order.
         *     On create leave `handle` and `registrationDate` out. `contactType`, `firstName`,
         *     `middleName` and `lastName` are immutable. Business rules (enforced with
         *     `E_ENTITY_VALIDATION`): PERSON needs `firstName`; ROLE needs `companyName` and must not
         *     carry `firstName`/`middleName` (not even empty); at least one email and one Office phone;
         *     `stateProvince` and `postalCode` for US and CA. On modify, `emails` and `phones` replace
         *     the existing sets.
         */
        Poc: {
            /** @example Springfield */
            city?: string;
            /**
             * @description Required for ROLE POCs, optional for PERSON POCs.
             * @example Example Networks LLC
             */
            companyName?: string;
            contactType: components["schemas"]["ContactType"];
            country: components["schemas"]["Country"];
            /** @description Email addresses (`<emails><email>…</email></emails>`); at least one. */
            emails?: string[];
            /**
             * @description Required for PERSON, absent for ROLE. Immutable.
             * @example Jane
             */
            firstName?: string;
            /**
             * @description Family name, or the role name for ROLE POCs. Immutable.
             * @example Doe
             */
            lastName: string;
            /** @description Immutable. */
            middleName?: string;
            /** @description Public comment (operational information only). */
            comment?: components["schemas"]["MultilineText"];
            /** @description Street address, one `<line>` per address line. */
            streetAddress: components["schemas"]["MultilineText"];
            /** @description Phones; at least one Office phone. */
            phones?: components["schemas"]["Phone"][];
            /**
             * @description POC handle, server-generated (e.g. `DOEJA5-ARIN`).
             * @example DOEJA5-ARIN
             */
            readonly handle?: string;
            /**
             * @description Required for US and CA.
             * @example 62701
             */
            postalCode?: string;
            /**
             * Format: date-time
             * @example 2019-06-10T11:36:55.136-04:00
             */
            readonly registrationDate?: string;
            /**
             * @description ISO 3166-2 subdivision code (`<iso3166-2>`), required for US and CA.
             * @example IL
             */
            stateProvince?: string;
        };
        /**
         * Phone
         * @description A POC phone (`<phone>`). Body and result of `PUT /rest/poc/{pocHandle}/phone`, member of
         *     `poc/phones` and of the delete-phone result collection. Adding an existing number/type pair
         *     succeeds without changing the stored extension.
         */
        Phone: {
            /**
             * @description Free-form extension; omit when none.
             * @example 101
             */
            extension?: string;
            /**
             * @description Phone number; digits and `+ - ( ) .` (NANP `###-###-####` where applicable).
             * @example +1-555-555-0100
             */
            number: string;
            type: components["schemas"]["PhoneType"];
        };
        /**
         * PhoneType
         * @description Phone type (`<type>` inside `<phone>`). Only `code` is read on input; the server derives `description`.
         */
        PhoneType: {
            code: components["schemas"]["PhoneTypeCode"];
            /**
             * @description Server-derived description of the code (`OFFICE`, `FAX`, `MOBILE`); ignored on input.
             * @example OFFICE
             */
            readonly description?: string;
        };
        /**
         * PocLinkRef
         * @description A link from an Org or NET to a POC: an empty element carrying three attributes,
         *     e.g. `<pocLinkRef description="Abuse" function="AB" handle="ABUSE99-ARIN"/>`.
         */
        PocLinkRef: {
            /**
             * @description Server-derived from `function` (`Admin`, `Abuse`, `NOC`, `Tech`, `Routing`, `DNS`); ignored on input.
             * @example Tech
             */
            readonly description?: string;
            function: components["schemas"]["PocFunction"];
            /**
             * @description POC handle (optional in ARIN's schema, needed in practice).
             * @example NOC1234-ARIN
             */
            handle?: string;
        };
        /**
         * Org
         * @description Organization (`<org>`). Properties are listed in the real server's output order (observed
         *     from a live OT&E round trip; `orgUrl` placement predicted). `orgName` and `dbaName` are
         *     immutable. An Org needs exactly one Admin (`AD`), at least one Tech (`T`) and at least one
         *     Abuse (`AB`) POC link; sending `pocLinks` on modify replaces all links.
         */
        Org: {
            pocLinks?: components["schemas"]["PocLinkRef"][];
            /**
             * @description Whether the Org accepts reassignments/reallocations from upstream providers (current docs and OT&E; absent from ARIN's RELAX NG schemas).
             * @example true
             */
            acceptReassignments?: boolean;
            /** @example Springfield */
            city?: string;
            country: components["schemas"]["Country"];
            comment?: components["schemas"]["MultilineText"];
            streetAddress: components["schemas"]["MultilineText"];
            /**
             * @description Org ID, server-generated (e.g. `EN-42`).
             * @example EN-42
             */
            readonly handle?: string;
            /**
             * @description Legal name. Immutable.
             * @example Example Networks LLC
             */
            orgName: string;
            /** @description "Doing business as" name. Immutable. */
            dbaName?: string;
            /**
             * @description Referral RWhois server as `host:port` (not a web site).
             * @example rwhois.example.net:4321
             */
            orgUrl?: string;
            /**
             * @description Required for US and CA.
             * @example 62701
             */
            postalCode?: string;
            /**
             * Format: date-time
             * @example 2021-02-01T09:00:00-05:00
             */
            readonly registrationDate?: string;
            /**
             * @description ISO 3166-2 subdivision code (`<iso3166-2>`), required for US and CA.
             * @example IL
             */
            stateProvince?: string;
            taxId?: string;
        };
        /**
         * Customer
         * @description Customer (`<customer>`): a recipient of a simple reassignment, without its own POCs (it
         *     inherits the parent Org's). Created only through `POST /rest/net/{parentNetHandle}/customer`.
         *     Properties are listed in the real server's output order. On modify, echo `handle` and
         *     `registrationDate` unchanged.
         */
        Customer: {
            /** @example Chantilly */
            city?: string;
            country: components["schemas"]["Country"];
            /**
             * @description Customer handle, server-generated (`C` + 8 digits); a new one for every creation.
             * @example C07361391
             */
            readonly handle?: string;
            comment?: components["schemas"]["MultilineText"];
            streetAddress: components["schemas"]["MultilineText"];
            /** @example Example Customer Inc */
            customerName: string;
            /**
             * @description Org from which the customer received address space; filled in by the server.
             * @example EN-42
             */
            readonly parentOrgHandle?: string;
            /**
             * @description Required for US and CA.
             * @example 20151
             */
            postalCode?: string;
            /**
             * @description `true` hides the customer's details in Whois ("Private Customer - <upstream org>",
             *     "Private Residence"). Needs an upstream Abuse and Tech POC on the parent NET or its Org.
             *     Defaults to `false`.
             * @example false
             */
            privateCustomer?: boolean;
            /**
             * Format: date-time
             * @example 2019-06-12T09:22:58-04:00
             */
            readonly registrationDate?: string;
            /**
             * @description ISO 3166-2 subdivision code (`<iso3166-2>`), required for US and CA.
             * @example VA
             */
            stateProvince?: string;
        };
        /**
         * Net
         * @description Network (`<net>`). Properties are listed in the real server's output order (positions of
         *     `customer`, `messageReferences` and `messages` predicted). For a simple reassignment give
         *     `customerHandle` (or an embedded `customer`); for a detailed reassignment or a reallocation
         *     give `orgHandle`. At most one of `orgHandle`, `customerHandle`, `customer`, and at most one
         *     of `messages`, `messageReferences` (see `x-regrws-mutually-exclusive`). `version`,
         *     `netBlocks`, `orgHandle`, `customerHandle` and `parentNetHandle` are immutable on modify.
         *     POC links must be empty when the NET is created. NET Origin AS was retired by ARIN in July
         *     2025: `originASes` values are discarded and GET returns `<originASes/>`.
         */
        Net: {
            /** @description Tech, NOC and Abuse POC links only; must be empty on creation. */
            pocLinks?: components["schemas"]["PocLinkRef"][];
            /** @description Embedded customer for a simple reassignment, instead of `customerHandle`. */
            customer?: components["schemas"]["Customer"];
            /**
             * @description Customer of a simple reassignment.
             * @example C07361391
             */
            customerHandle?: string;
            /** @description References to messages (rarely used on NETs). */
            messageReferences?: components["schemas"]["MessageReference"][];
            /** @description Messages (with attachments) carried by a NET removal request. */
            messages?: components["schemas"]["Message"][];
            comment?: components["schemas"]["MultilineText"];
            /** @description One or more blocks forming one contiguous range. Immutable. */
            netBlocks?: components["schemas"]["NetBlock"][];
            /**
             * @description NET handle, server-generated (`NET-192-0-2-64-1`, `NET6-2001-DB8-1`).
             * @example NET-192-0-2-64-1
             */
            readonly handle?: string;
            /**
             * @description Letters, digits and hyphens (ARIN's docs also allow spaces), at most 50 characters.
             * @example EXAMPLE-CUST-1
             */
            netName?: string;
            /**
             * @description Recipient Org of a reallocation or detailed reassignment.
             * @example EN-42
             */
            orgHandle?: string;
            /**
             * @deprecated
             * @description Retired in July 2025; values are silently discarded.
             */
            originASes?: string[];
            /**
             * @description Parent NET. Immutable.
             * @example NET-192-0-2-0-1
             */
            parentNetHandle?: string;
            /**
             * Format: date-time
             * @example 2024-05-02T13:04:11-04:00
             */
            readonly registrationDate?: string;
            /**
             * @description IP version; derived from `startAddress` if omitted, must match it. Immutable.
             * @example 4
             * @enum {integer}
             */
            version?: 4 | 6;
        };
        /**
         * NetBlock
         * @description An address block of a NET (`<netBlock>`). Give `startAddress` and one of `endAddress` or
         *     `cidrLength`; the server computes the other. Input addresses may be zero-padded or not;
         *     output is always zero-padded IPv4 (`192.000.002.064`) or fully expanded upper-case IPv6.
         */
        NetBlock: {
            /** @example 27 */
            cidrLength?: number;
            /**
             * @description Server-derived from `type` (e.g. `Reassigned`, `Direct Allocation`); ignored on input.
             * @example Reassigned
             */
            readonly description?: string;
            /** @example 192.000.002.095 */
            endAddress?: string;
            /** @example 192.000.002.064 */
            startAddress: string;
            type?: components["schemas"]["NetBlockType"];
        };
        /**
         * Country
         * @description Country (`<iso3166-1>`). On input give `code2` or `code3` (if both, they must match); the
         *     server fills in the rest. Real output: `code2, code3, e164, name`, e.g. `United States`.
         */
        Country: {
            /**
             * @description ISO 3166-1 alpha-2 code.
             * @example US
             */
            code2?: string;
            /**
             * @description ISO 3166-1 alpha-3 code.
             * @example USA
             */
            code3?: string;
            /**
             * @description ITU-T E.164 country calling code (server-filled).
             * @example 1
             */
            e164?: string;
            /**
             * @description Country name (server-filled; real output uses title case).
             * @example United States
             */
            name?: string;
        };
        /**
         * Line
         * @description One line of multi-line text: `<line number="0">text</line>`. The `number` attribute is
         *     required. The server renumbers lines from 0 in responses even when the client sent 1-based
         *     numbers. The text may be empty. The element has both an attribute and text content, which
         *     OpenAPI cannot express natively: the text is the property marked `x-xml-text: true`.
         */
        Line: {
            /**
             * @description Line number (0-based in server output).
             * @example 0
             */
            number: number;
            /**
             * @description Text content of the `<line>` element (not a child element).
             * @example 100 Example Way
             */
            text?: string;
        };
        /**
         * MultilineText
         * @description Multi-line text: a wrapper element holding zero or more `<line>` elements. The standalone
         *     root is `<multiline>`; in payloads the wrapper takes the property's name (`comment`,
         *     `streetAddress`, `text`).
         */
        MultilineText: components["schemas"]["Line"][];
        /**
         * Ticket
         * @description A ticket (`<ticket>`). Properties are listed in the real server's output order (partly
         *     predicted). `orgHandle` and `shared` are in the shared-ticket namespace
         *     (`http://www.arin.net/regrws/shared-ticket/v1`). Dates appear only once applicable;
         *     `messages` are omitted when there are none and in summary calls. At most one of
         *     `messages` and `messageReferences`. The only field a client may change is
         *     `webTicketStatus`, and only from `RESOLVED` to `CLOSED`.
         */
        Ticket: {
            /** Format: date-time */
            readonly closedDate?: string;
            /**
             * Format: date-time
             * @example 2024-05-02T13:04:11.512-04:00
             */
            readonly createdDate?: string;
            /** @description Returned instead of `messages` when `msgRefs=true`. */
            readonly messageReferences?: components["schemas"]["MessageReference"][];
            /** @description Full messages with inline attachments (default for `GET /rest/ticket/{ticketNo}`). */
            readonly messages?: components["schemas"]["Message"][];
            /**
             * @description Org the ticket is shared with (shared-ticket namespace). Does not identify an Org created by the ticket.
             * @example EN-42
             */
            readonly orgHandle?: string;
            /** Format: date-time */
            readonly resolvedDate?: string;
            /** @description Whether the ticket is shared with the Org (shared-ticket namespace). */
            readonly shared?: boolean;
            /**
             * @description Ticket number, `YYYYMMDD-X<n>`.
             * @example 20240502-X17
             */
            readonly ticketNo?: string;
            /**
             * Format: date-time
             * @example 2024-05-02T13:04:11.512-04:00
             */
            readonly updatedDate?: string;
            readonly webTicketResolution?: components["schemas"]["TicketResolution"];
            /** @description The only client-modifiable field (`RESOLVED` → `CLOSED`). */
            webTicketStatus?: components["schemas"]["TicketStatus"];
            readonly webTicketType?: components["schemas"]["TicketType"];
        };
        /**
         * TicketedRequest
         * @description Result of reassign, reallocate and delete NET (`<ticketedRequest>`). Contains **exactly one**
         *     child: `net` when the request was processed automatically and is complete (the NET was
         *     created or deleted), or `ticket` when it is pending manual review by ARIN (wait for the
         *     ticket to close before reusing the space; poll `GET /rest/ticket/{ticketNo}`).
         */
        TicketedRequest: {
            /** @description The created (reassign/reallocate) or deleted NET; the request is complete. */
            net?: components["schemas"]["Net"];
            /** @description The ticket opened for manual review; the request is pending. */
            ticket?: components["schemas"]["Ticket"];
        };
        /**
         * Message
         * @description A ticket message (`<message>`). `messageId` and `createdDate` are server-generated, live in
         *     the messages namespace (`http://www.arin.net/regrws/messages/v1`, usually prefixed `ns2`)
         *     and must not be sent when adding a message. At most one of `attachments` (input, full ticket
         *     details) and `attachmentReferences` (output of message calls).
         */
        Message: {
            readonly attachmentReferences?: components["schemas"]["AttachmentReference"][];
            attachments?: components["schemas"]["Attachment"][];
            category?: components["schemas"]["MessageCategory"];
            /**
             * Format: date-time
             * @example 2012-10-12T11:48:50.281-04:00
             */
            readonly createdDate?: string;
            /** @example 4 */
            readonly messageId?: number;
            /** @example Utilization details */
            subject?: string;
            /** @description Message body, one `<line>` per line. */
            text?: components["schemas"]["MultilineText"];
        };
        /**
         * Attachment
         * @description A file attached to a message (`<attachment>`), sent inline as base64. Never submitted alone.
         */
        Attachment: {
            /**
             * @description File content, base64-encoded.
             * @example SGVsbG8sIEFSSU4h
             */
            data?: string;
            /** @example usage.txt */
            filename?: string;
        };
        /**
         * AttachmentReference
         * @description Reference to a stored attachment (`<attachmentReference>`). Download the file with
         *     `GET /rest/ticket/{ticketNo}/message/{messageId}/attachment/{attachmentId}`.
         */
        AttachmentReference: {
            /** @example usage.txt */
            attachmentFilename: string;
            /**
             * @description Opaque identifier (real values are 32 lower-case hex characters).
             * @example 8a8180b13a5597b1013a55a9d42f0007
             */
            attachmentId: string;
        };
        /**
         * MessageReference
         * @description Reference to a ticket message (`<messageReference>`), returned instead of full messages when
         *     `msgRefs=true`. Unlike in `<message>`, `messageId` here is in the **core** namespace.
         */
        MessageReference: {
            attachmentReferences?: components["schemas"]["AttachmentReference"][];
            /** @example 4 */
            messageId: number;
        };
        /**
         * Collection
         * @description A payload list (`<collection>`): a flat, unwrapped sequence of payload roots. Delete-phone
         *     calls return the removed `<phone>` elements; ticket searches return `<ticket>` elements
         *     (without messages); `GET /rest/net/{netHandle}/delegations` returns `<delegation>` elements;
         *     other ARIN calls return `<net>` elements. An empty result is
         *     `<collection/>` with status 200.
         */
        Collection: {
            /** @description Repeated `<phone>` elements. */
            phones?: components["schemas"]["Phone"][];
            /** @description Repeated `<net>` elements. */
            nets?: components["schemas"]["Net"][];
            /** @description Repeated `<ticket>` elements. */
            tickets?: components["schemas"]["Ticket"][];
            /** @description Repeated `<pocLinkRef>` elements (older "remove POC from Org" result). */
            pocLinkRefs?: components["schemas"]["PocLinkRef"][];
            /** @description Repeated `<delegation>` elements (the reverse-DNS delegations of a NET). */
            delegations?: components["schemas"]["Delegation"][];
        };
        /**
         * Error
         * @description Error payload (`<error>`), returned with every 4xx/5xx status. The server emits empty
         *     `<additionalInfo/>` and `<components/>` wrappers; clients must accept them empty or absent.
         */
        Error: {
            /** @description Further messages (`<additionalInfo><message>…</message></additionalInfo>`). */
            additionalInfo?: string[];
            code: components["schemas"]["ErrorCode"];
            /** @description Field-level problems (for `E_ENTITY_VALIDATION`). */
            components?: components["schemas"]["ErrorComponent"][];
            /** @example Payload entity failed to validate; see component messages for details. */
            message: string;
        };
        /**
         * ErrorComponent
         * @description One field-level problem (`<component>`) of an error.
         */
        ErrorComponent: {
            /** @example IP range overlaps with existing network(s). */
            message?: string;
            /**
             * @description Name of the offending element.
             * @example startAddress
             */
            name?: string;
        };
        /**
         * ContactType
         * @description Kind of point of contact. Immutable once the POC exists.
         * @example PERSON
         * @enum {string}
         */
        ContactType: "PERSON" | "ROLE";
        /**
         * PhoneTypeCode
         * @description Phone type code. Also the value of the `;type=` matrix parameter of the delete-phone calls.
         *     Every POC must keep at least one Office (`O`) phone.
         * @example O
         * @enum {string}
         */
        PhoneTypeCode: "O" | "F" | "M";
        /**
         * PocFunction
         * @description Function of a POC link (`pocLinkRef/@function`) and value of the `;pocFunction=` matrix parameter.
         *     An Org needs exactly one `AD`, at least one `T` and at least one `AB`. NETs accept only `T`, `N`
         *     and `AB` (OT&E rejects `R` and `D` on NETs with "Networks may only have Tech, NOC, and Abuse POCs.").
         * @example T
         * @enum {string}
         */
        PocFunction: "AD" | "AB" | "N" | "T" | "R" | "D";
        /**
         * NetBlockType
         * @description NET block type code. The server fills it in when it is omitted on reassign (`S`) or
         *     reallocate (`A`). Reassign/reallocate parents must be `DA` or `A`. `DS` and `RD` are absent
         *     from ARIN's current payload page but present in ARIN's RELAX NG schemas and Java classes;
         *     all 19 codes are accepted.
         * @example S
         * @enum {string}
         */
        NetBlockType: "A" | "AF" | "AP" | "AR" | "AV" | "DA" | "DS" | "FX" | "IR" | "IU" | "LN" | "LX" | "PV" | "PX" | "RD" | "RN" | "RV" | "RX" | "S";
        /**
         * TicketType
         * @description Ticket type (`webTicketType`) and value of the `;ticketType=` matrix parameter.
         *     **Open set**: ARIN adds ticket types over time, and its own sources disagree on the list.
         *     New values may appear at any time and readers must accept them. `ANY` is only meaningful
         *     as a search value.
         * @example QUESTION
         */
        TicketType: string;
        /**
         * TicketStatus
         * @description Ticket status (`webTicketStatus`) and value of the `;ticketStatus=` matrix parameter.
         *     `ANY` and `ANY_OPEN` are search values only. The only change a client may make to a ticket
         *     is `RESOLVED` → `CLOSED`.
         * @example PENDING_REVIEW
         * @enum {string}
         */
        TicketStatus: "PENDING_CONFIRMATION" | "PENDING_REVIEW" | "PENDING_CUSTOMER_REVIEW" | "ASSIGNED" | "IN_PROGRESS" | "WAIT_LIST" | "RESOLVED" | "CLOSED" | "APPROVED" | "ANY" | "ANY_OPEN";
        /**
         * TicketResolution
         * @description How a ticket was resolved (`webTicketResolution`); present only once the ticket is resolved.
         * @example ACCEPTED
         * @enum {string}
         */
        TicketResolution: "ACCEPTED" | "DENIED" | "ABANDONED" | "ANSWERED" | "PROCESSED" | "DUPLICATE" | "WITHDRAWN" | "UNSUCCESSFUL" | "OTHER";
        /**
         * MessageCategory
         * @description Category of a ticket message. Defaults to `NONE` when omitted.
         * @example NONE
         * @enum {string}
         */
        MessageCategory: "NONE" | "JUSTIFICATION";
        /**
         * ErrorCode
         * @description Error code of an `<error>` payload. **Open set**: ARIN's sources list 9 to 12 codes and new
         *     ones may appear; readers must accept unknown values (treat them like `E_UNSPECIFIED`).
         *     Note the spelling `E_NOT_REMOVEABLE`.
         * @example E_ENTITY_VALIDATION
         */
        ErrorCode: string;
        /**
         * Delegation
         * @description A reverse-DNS delegation (`<delegation>`): the nameservers and DNSSEC delegation-signer
         *     (DS) records of one reverse zone (`2.0.192.in-addr.arpa.`, `8.b.d.0.1.0.0.2.ip6.arpa.`).
         *     ARIN creates and deletes delegations together with their NETs; they have no handle, only
         *     the zone `name`. Children are listed in the live server's order (`delegationKeys`, `name`,
         *     `nameservers`; STEPB OT&E capture 2026, notes §2.19). TTLs are in the ttl namespace
         *     `http://www.arin.net/regrws/ttl/v1` (an element in `<delegationKey>`, an attribute on
         *     `<nameserver>`); an older documented shape with `<ttl>` in the core namespace is read with
         *     a `NAMESPACE` warning and fails strict validation. A `PUT` replaces the whole set of keys
         *     and nameservers: send the delegation as `GET` returned it, with your changes. Changes may
         *     take up to 24 hours to reach the DNS.
         */
        Delegation: {
            /** @description DS records of the zone (`<delegationKeys>` wrapper); empty or absent when the zone is not signed. */
            delegationKeys?: components["schemas"]["DelegationKey"][];
            /**
             * @description The reverse zone, server-generated, with its trailing dot (`2.0.192.in-addr.arpa.`,
             *     `8.b.d.0.1.0.0.2.ip6.arpa.`). It is also the `{delegationName}` of the URL.
             * @example 2.0.192.in-addr.arpa.
             */
            readonly name?: string;
            /** @description Authoritative nameservers of the zone (`<nameservers>` wrapper), upper-case host names in server output. */
            nameservers?: components["schemas"]["Nameserver"][];
        };
        /**
         * DelegationKey
         * @description One DS record of a delegation (`<delegationKey>`). Live order: `algorithm`, `digest`,
         *     `digestType`, `keyTag`, then `ttl` in the ttl namespace (declared `ns2` on a delegation
         *     root, `ns4` on a collection root; clients must not rely on the prefix). The `name`
         *     attributes of `algorithm` and `digestType` are derived by the server from the numbers.
         */
        DelegationKey: {
            algorithm: components["schemas"]["DelegationKeyAlgorithm"];
            /**
             * @description The DS digest in hexadecimal (upper case in server output).
             * @example 2935C3B989F1B43F47CCBE08DC45D0F827D359E15E8CD1EA1EC2D8398022A1D8
             */
            digest: string;
            digestType: components["schemas"]["DelegationKeyDigestType"];
            /**
             * @description Key tag of the DNSKEY the digest is made from.
             * @example 2371
             */
            keyTag: number;
            /**
             * @description TTL of the DS record in seconds (`<ns2:ttl>`, ttl namespace).
             * @example 3600
             */
            ttl?: number;
        };
        /**
         * DelegationKeyAlgorithm
         * @description The DNSSEC algorithm of a DS record: `<algorithm name="ECDSA Curve P-256 with SHA-256">13</algorithm>`.
         *     The number is the element's text (`x-xml-text`); the `name` attribute is its description,
         *     derived by the server.
         */
        DelegationKeyAlgorithm: {
            /**
             * @description Server-derived description of the algorithm number (ignored on input).
             * @example ECDSA Curve P-256 with SHA-256
             */
            readonly name?: string;
            /** @description The number (text of the element, not a child element). */
            value: components["schemas"]["DnssecAlgorithmNumber"];
        };
        /**
         * DelegationKeyDigestType
         * @description The digest type of a DS record: `<digestType name="SHA-256">2</digestType>`. The number is
         *     the element's text (`x-xml-text`); the `name` attribute is its description, derived by the
         *     server.
         */
        DelegationKeyDigestType: {
            /**
             * @description Server-derived description of the digest type (ignored on input).
             * @example SHA-256
             */
            readonly name?: string;
            /** @description The number (text of the element, not a child element). */
            value: components["schemas"]["DsDigestTypeNumber"];
        };
        /**
         * Nameserver
         * @description One nameserver of a delegation: `<nameserver ns2:ttl="86400">NS1.EXAMPLE.NET</nameserver>`.
         *     The host name is the element's text (`x-xml-text`); the optional `ttl` attribute is in the
         *     ttl namespace `http://www.arin.net/regrws/ttl/v1` (absent: the TTL is inherited).
         */
        Nameserver: {
            /**
             * @description TTL of the NS record in seconds (`ttl:ttl` attribute, ttl namespace); absent when inherited.
             * @example 86400
             */
            ttl?: number;
            /**
             * @description Host name of the nameserver (text of `<nameserver>`; upper case in server output).
             * @example NS1.EXAMPLE.NET
             */
            host: string;
        };
        /**
         * DnssecAlgorithmNumber
         * @description DNSSEC algorithm numbers ARIN accepts for DS records (IANA "DNS Security Algorithm
         *     Numbers"; the set is ARIN's, notes §2.19). Text of `<algorithm>`.
         * @example 13
         * @enum {integer}
         */
        DnssecAlgorithmNumber: 5 | 7 | 8 | 10 | 13 | 14 | 15 | 16;
        /**
         * DsDigestTypeNumber
         * @description DS digest type numbers (IANA "Delegation Signer (DS) Resource Record Digest Algorithms"). Text of `<digestType>`.
         * @example 2
         * @enum {integer}
         */
        DsDigestTypeNumber: 1 | 2 | 3 | 4;
    };
    responses: {
        /** @description Bad request: the payload failed schema (`E_SCHEMA_VALIDATION`) or business (`E_ENTITY_VALIDATION`) validation, the URL or a parameter is invalid (`E_BAD_REQUEST`), or the API key is missing or invalid (`E_AUTHENTICATION`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
            };
        };
        /** @description Unauthorized: the API key is valid but its web user is not linked to a POC authoritative for the object (`E_AUTHENTICATION`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
            };
        };
        /** @description Not found: no object with this handle (`E_OBJECT_NOT_FOUND`). Also returned for tickets deleted 90 days after closing. OT&E sometimes answers 404 with `E_UNSPECIFIED`. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
            };
        };
        /** @description Method not allowed: wrong HTTP method for the URL, or a handle was supplied in the URL of a create call. */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
            };
        };
        /** @description Not acceptable: the request `Accept` header does not allow `application/xml`, the only media type Reg-RWS produces. */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
            };
        };
        /** @description Payload too large: the request body is too large, or (ticket details) the ticket's attachments are too large to return inline; use `msgRefs=true`. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
            };
        };
        /** @description Unsupported media type: the request `Content-Type` is not `application/xml` (older releases answered 400 `E_BAD_REQUEST`). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests: rate limit exceeded (`E_TOO_MANY_REQUESTS`). Wait for `Retry-After`. */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait before retrying (or an HTTP date). Operations with `x-regrws-idempotent` true may be retried automatically after this delay.
                 * @example 30
                 */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
            };
        };
        /** @description Service unavailable: maintenance outage (`E_OUTAGE`). Retry later. */
        ServiceUnavailable: {
            headers: {
                /**
                 * @description Optional; seconds to wait (or an HTTP date) when the outage end is known.
                 * @example 600
                 */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
            };
        };
        /** @description Conflict: the object is still linked to other records (`E_NOT_REMOVEABLE`), or the block is not inside the parent NET. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
            };
        };
        /** @description Forbidden: the parent NET is not associated with the API key, the block cannot be reassigned/reallocated, or the recipient Org does not accept reassignments. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/xml": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Matrix parameter `;makeLink=`. `true` links the new POC to the ARIN Online account that owns
         *     the API key (only one user may link to a PERSON POC; ROLE POCs may be linked by many);
         *     `false` creates an unlinked POC.
         * @example true
         */
        MakeLink: true | false;
        /**
         * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
         * @example DOEJA5-ARIN
         */
        PocHandle: string;
        /**
         * @description Phone number exactly as stored, including `+`, `-` and `.` (percent-encode `+` as `%2B`).
         *     Matching is exact.
         * @example +1-555-555-0100
         */
        PhoneNumber: string;
        /**
         * @description Matrix parameter `;type=`: phone type code (`O` office, `F` fax, `M` mobile).
         * @example F
         */
        PhoneTypeMatrix: components["schemas"]["PhoneTypeCode"];
        /**
         * @description Email address (percent-encode reserved characters).
         * @example noc@example.net
         */
        Email: string;
        /**
         * @description Org ID, e.g. `EN-42` or `ARIN`.
         * @example EN-42
         */
        OrgHandle: string;
        /**
         * @description Matrix parameter `;pocFunction=`: the function of the POC link.
         * @example T
         */
        PocFunctionMatrix: components["schemas"]["PocFunction"];
        /**
         * @description Customer handle, `C` followed by (at least) 8 digits, e.g. `C07361391`.
         * @example C07361391
         */
        CustomerHandle: string;
        /**
         * @description NET handle, e.g. `NET-192-0-2-64-1` (IPv4) or `NET6-2001-DB8-1` (IPv6).
         * @example NET-192-0-2-64-1
         */
        NetHandle: string;
        /**
         * @description Handle of the parent NET (type `DA` or `A`) that the space comes from, e.g.
         *     `NET-192-0-2-0-1`. The API key's web user must be linked to the Tech POC of this NET or to
         *     the Admin/Tech POC of its Org.
         * @example NET-192-0-2-0-1
         */
        ParentNetHandle: string;
        /**
         * @description First address of the range, in plain notation: IPv4 dotted decimal without zero padding
         *     (`192.0.2.64`, not `192.000.002.064`) or IPv6 (`2001:db8::`, compressed or not). Not a
         *     CIDR prefix and not a handle. Percent-encoding `:` is allowed.
         * @example 192.0.2.64
         */
        StartAddress: string;
        /**
         * @description Last address of the range, in the same plain notation and IP version as `startAddress`
         *     (`192.0.2.95`, or `2001:db8:0:ffff:ffff:ffff:ffff:ffff`).
         * @example 192.0.2.95
         */
        EndAddress: string;
        /**
         * @description The reverse zone of the delegation, as `<name>` gives it, with or without the trailing dot:
         *     `2.0.192.in-addr.arpa.` (IPv4, one to three octets, in reverse) or
         *     `8.b.d.0.1.0.0.2.ip6.arpa.` (IPv6, one hex digit per label). Take it from
         *     `GET /rest/net/{netHandle}/delegations`.
         * @example 2.0.192.in-addr.arpa.
         */
        DelegationName: string;
        /**
         * @description Host name of the nameserver, e.g. `ns1.example.net` (ARIN stores and returns it in upper case).
         * @example ns3.example.net
         */
        NameserverHost: string;
        /**
         * @description TTL of the NS record in seconds. Omitted: the nameserver's TTL is reset to the inherited
         *     one, also for a nameserver that had its own (AS19814 OT&E notes; peers §3).
         * @example 86400
         */
        NameserverTtl: number;
        /**
         * @description Matrix parameter `;ticketStatus=`: a ticket status, or `ANY` / `ANY_OPEN`.
         * @example ANY_OPEN
         */
        TicketStatusMatrix: components["schemas"]["TicketStatus"];
        /**
         * @description Matrix parameter `;ticketType=`: a ticket type, or `ANY`.
         * @example IPV4_SIMPLE_REASSIGN
         */
        TicketTypeMatrix: components["schemas"]["TicketType"];
        /**
         * @description Ticket number in the format `YYYYMMDD-X<n>`, e.g. `20240502-X17`.
         * @example 20240502-X17
         */
        TicketNo: string;
        /**
         * @description `true` returns `messageReferences` (IDs and attachment references only) instead of full
         *     `messages` with inline base64 attachments. Default `false`. Use `true` for tickets with
         *     large attachments (otherwise the server may answer 413).
         * @example true
         */
        MsgRefs: boolean;
        /**
         * @description The new ticket status. Only `CLOSED` is accepted, and only when the ticket is `RESOLVED`;
         *     any other value or current status is refused (400).
         * @example CLOSED
         */
        TicketStatusClosed: "CLOSED";
        /**
         * @description Message number within the ticket (`messageId` of a `<messageReference>` or `<message>`),
         *     e.g. `2`. Take it from `GET /rest/ticket/{ticketNo}?msgRefs=true`.
         * @example 2
         */
        MessageId: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createPoc: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The POC to create. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Poc"];
            };
        };
        responses: {
            /** @description The created POC, with its new handle. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Poc"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPocWithMakeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;makeLink=`. `true` links the new POC to the ARIN Online account that owns
                 *     the API key (only one user may link to a PERSON POC; ROLE POCs may be linked by many);
                 *     `false` creates an unlinked POC.
                 * @example true
                 */
                makeLink: components["parameters"]["MakeLink"];
            };
            cookie?: never;
        };
        /** @description The POC to create. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Poc"];
            };
        };
        responses: {
            /** @description The created POC, with its new handle. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Poc"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPoc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The POC. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Poc"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    modifyPoc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
            };
            cookie?: never;
        };
        /** @description The complete POC. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Poc"];
            };
        };
        responses: {
            /** @description The modified POC. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Poc"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePoc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted POC. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Poc"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addPocPhone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
            };
            cookie?: never;
        };
        /** @description The phone to add. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Phone"];
            };
        };
        responses: {
            /** @description The added phone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Phone"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePocPhoneByNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
                /**
                 * @description Phone number exactly as stored, including `+`, `-` and `.` (percent-encode `+` as `%2B`).
                 *     Matching is exact.
                 * @example +1-555-555-0100
                 */
                number: components["parameters"]["PhoneNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removed phones (possibly none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Collection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePocPhoneByType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
                /**
                 * @description Matrix parameter `;type=`: phone type code (`O` office, `F` fax, `M` mobile).
                 * @example F
                 */
                type: components["parameters"]["PhoneTypeMatrix"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removed phones (possibly none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Collection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePocPhoneByNumberAndType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
                /**
                 * @description Phone number exactly as stored, including `+`, `-` and `.` (percent-encode `+` as `%2B`).
                 *     Matching is exact.
                 * @example +1-555-555-0100
                 */
                number: components["parameters"]["PhoneNumber"];
                /**
                 * @description Matrix parameter `;type=`: phone type code (`O` office, `F` fax, `M` mobile).
                 * @example F
                 */
                type: components["parameters"]["PhoneTypeMatrix"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The removed phones (possibly none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Collection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addPocEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
                /**
                 * @description Email address (percent-encode reserved characters).
                 * @example noc@example.net
                 */
                email: components["parameters"]["Email"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The POC with the added email. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Poc"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePocEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
                /**
                 * @description Email address (percent-encode reserved characters).
                 * @example noc@example.net
                 */
                email: components["parameters"]["Email"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The POC without the removed email. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Poc"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createOrg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Org to create. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Org"];
            };
        };
        responses: {
            /** @description The ticket opened for the request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Org ID, e.g. `EN-42` or `ARIN`.
                 * @example EN-42
                 */
                orgHandle: components["parameters"]["OrgHandle"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Org. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    modifyOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Org ID, e.g. `EN-42` or `ARIN`.
                 * @example EN-42
                 */
                orgHandle: components["parameters"]["OrgHandle"];
            };
            cookie?: never;
        };
        /** @description The complete Org. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Org"];
            };
        };
        responses: {
            /** @description The modified Org. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Org ID, e.g. `EN-42` or `ARIN`.
                 * @example EN-42
                 */
                orgHandle: components["parameters"]["OrgHandle"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted Org. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addOrgPoc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Org ID, e.g. `EN-42` or `ARIN`.
                 * @example EN-42
                 */
                orgHandle: components["parameters"]["OrgHandle"];
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
                /**
                 * @description Matrix parameter `;pocFunction=`: the function of the POC link.
                 * @example T
                 */
                pocFunction: components["parameters"]["PocFunctionMatrix"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Org with the new link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeOrgPoc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Org ID, e.g. `EN-42` or `ARIN`.
                 * @example EN-42
                 */
                orgHandle: components["parameters"]["OrgHandle"];
                /**
                 * @description POC handle, e.g. `DOEJA5-ARIN` or `ARIN-HOSTMASTER`.
                 * @example DOEJA5-ARIN
                 */
                pocHandle: components["parameters"]["PocHandle"];
                /**
                 * @description Matrix parameter `;pocFunction=`: the function of the POC link.
                 * @example T
                 */
                pocFunction: components["parameters"]["PocFunctionMatrix"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Org without the link. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer handle, `C` followed by (at least) 8 digits, e.g. `C07361391`.
                 * @example C07361391
                 */
                customerHandle: components["parameters"]["CustomerHandle"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    modifyCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer handle, `C` followed by (at least) 8 digits, e.g. `C07361391`.
                 * @example C07361391
                 */
                customerHandle: components["parameters"]["CustomerHandle"];
            };
            cookie?: never;
        };
        /** @description The complete customer. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Customer"];
            };
        };
        responses: {
            /** @description The modified customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Customer handle, `C` followed by (at least) 8 digits, e.g. `C07361391`.
                 * @example C07361391
                 */
                customerHandle: components["parameters"]["CustomerHandle"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getNet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description NET handle, e.g. `NET-192-0-2-64-1` (IPv4) or `NET6-2001-DB8-1` (IPv6).
                 * @example NET-192-0-2-64-1
                 */
                netHandle: components["parameters"]["NetHandle"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The NET. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Net"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    modifyNet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description NET handle, e.g. `NET-192-0-2-64-1` (IPv4) or `NET6-2001-DB8-1` (IPv6).
                 * @example NET-192-0-2-64-1
                 */
                netHandle: components["parameters"]["NetHandle"];
            };
            cookie?: never;
        };
        /** @description The complete NET. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Net"];
            };
        };
        responses: {
            /** @description The modified NET. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Net"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteNet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description NET handle, e.g. `NET-192-0-2-64-1` (IPv4) or `NET6-2001-DB8-1` (IPv6).
                 * @example NET-192-0-2-64-1
                 */
                netHandle: components["parameters"]["NetHandle"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Completed (net) or pending (ticket). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["TicketedRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createRecipientOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Handle of the parent NET (type `DA` or `A`) that the space comes from, e.g.
                 *     `NET-192-0-2-0-1`. The API key's web user must be linked to the Tech POC of this NET or to
                 *     the Admin/Tech POC of its Org.
                 * @example NET-192-0-2-0-1
                 */
                parentNetHandle: components["parameters"]["ParentNetHandle"];
            };
            cookie?: never;
        };
        /** @description The recipient Org. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Org"];
            };
        };
        responses: {
            /** @description The created Org. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createRecipientCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Handle of the parent NET (type `DA` or `A`) that the space comes from, e.g.
                 *     `NET-192-0-2-0-1`. The API key's web user must be linked to the Tech POC of this NET or to
                 *     the Admin/Tech POC of its Org.
                 * @example NET-192-0-2-0-1
                 */
                parentNetHandle: components["parameters"]["ParentNetHandle"];
            };
            cookie?: never;
        };
        /** @description The customer. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Customer"];
            };
        };
        responses: {
            /** @description The created customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reassignNet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Handle of the parent NET (type `DA` or `A`) that the space comes from, e.g.
                 *     `NET-192-0-2-0-1`. The API key's web user must be linked to the Tech POC of this NET or to
                 *     the Admin/Tech POC of its Org.
                 * @example NET-192-0-2-0-1
                 */
                parentNetHandle: components["parameters"]["ParentNetHandle"];
            };
            cookie?: never;
        };
        /** @description The NET to create. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Net"];
            };
        };
        responses: {
            /** @description Completed (net) or pending (ticket). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["TicketedRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reallocateNet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Handle of the parent NET (type `DA` or `A`) that the space comes from, e.g.
                 *     `NET-192-0-2-0-1`. The API key's web user must be linked to the Tech POC of this NET or to
                 *     the Admin/Tech POC of its Org.
                 * @example NET-192-0-2-0-1
                 */
                parentNetHandle: components["parameters"]["ParentNetHandle"];
            };
            cookie?: never;
        };
        /** @description The NET to create. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Net"];
            };
        };
        responses: {
            /** @description Completed (net) or pending (ticket). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["TicketedRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeNet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description NET handle, e.g. `NET-192-0-2-64-1` (IPv4) or `NET6-2001-DB8-1` (IPv6).
                 * @example NET-192-0-2-64-1
                 */
                netHandle: components["parameters"]["NetHandle"];
            };
            cookie?: never;
        };
        /** @description The NET to remove, optionally with messages and attachments. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Net"];
            };
        };
        responses: {
            /** @description Completed (net) or pending (ticket). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["TicketedRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getParentNet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description First address of the range, in plain notation: IPv4 dotted decimal without zero padding
                 *     (`192.0.2.64`, not `192.000.002.064`) or IPv6 (`2001:db8::`, compressed or not). Not a
                 *     CIDR prefix and not a handle. Percent-encoding `:` is allowed.
                 * @example 192.0.2.64
                 */
                startAddress: components["parameters"]["StartAddress"];
                /**
                 * @description Last address of the range, in the same plain notation and IP version as `startAddress`
                 *     (`192.0.2.95`, or `2001:db8:0:ffff:ffff:ffff:ffff:ffff`).
                 * @example 192.0.2.95
                 */
                endAddress: components["parameters"]["EndAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The parent NET. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Net"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMostSpecificNet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description First address of the range, in plain notation: IPv4 dotted decimal without zero padding
                 *     (`192.0.2.64`, not `192.000.002.064`) or IPv6 (`2001:db8::`, compressed or not). Not a
                 *     CIDR prefix and not a handle. Percent-encoding `:` is allowed.
                 * @example 192.0.2.64
                 */
                startAddress: components["parameters"]["StartAddress"];
                /**
                 * @description Last address of the range, in the same plain notation and IP version as `startAddress`
                 *     (`192.0.2.95`, or `2001:db8:0:ffff:ffff:ffff:ffff:ffff`).
                 * @example 192.0.2.95
                 */
                endAddress: components["parameters"]["EndAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The most specific NET. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Net"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listNetsByIpRange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description First address of the range, in plain notation: IPv4 dotted decimal without zero padding
                 *     (`192.0.2.64`, not `192.000.002.064`) or IPv6 (`2001:db8::`, compressed or not). Not a
                 *     CIDR prefix and not a handle. Percent-encoding `:` is allowed.
                 * @example 192.0.2.64
                 */
                startAddress: components["parameters"]["StartAddress"];
                /**
                 * @description Last address of the range, in the same plain notation and IP version as `startAddress`
                 *     (`192.0.2.95`, or `2001:db8:0:ffff:ffff:ffff:ffff:ffff`).
                 * @example 192.0.2.95
                 */
                endAddress: components["parameters"]["EndAddress"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The NETs of the range. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Collection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getNetDelegations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description NET handle, e.g. `NET-192-0-2-64-1` (IPv4) or `NET6-2001-DB8-1` (IPv6).
                 * @example NET-192-0-2-64-1
                 */
                netHandle: components["parameters"]["NetHandle"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The NET's delegations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Collection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDelegation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reverse zone of the delegation, as `<name>` gives it, with or without the trailing dot:
                 *     `2.0.192.in-addr.arpa.` (IPv4, one to three octets, in reverse) or
                 *     `8.b.d.0.1.0.0.2.ip6.arpa.` (IPv6, one hex digit per label). Take it from
                 *     `GET /rest/net/{netHandle}/delegations`.
                 * @example 2.0.192.in-addr.arpa.
                 */
                delegationName: components["parameters"]["DelegationName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delegation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Delegation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    modifyDelegation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reverse zone of the delegation, as `<name>` gives it, with or without the trailing dot:
                 *     `2.0.192.in-addr.arpa.` (IPv4, one to three octets, in reverse) or
                 *     `8.b.d.0.1.0.0.2.ip6.arpa.` (IPv6, one hex digit per label). Take it from
                 *     `GET /rest/net/{netHandle}/delegations`.
                 * @example 2.0.192.in-addr.arpa.
                 */
                delegationName: components["parameters"]["DelegationName"];
            };
            cookie?: never;
        };
        /** @description The complete delegation. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Delegation"];
            };
        };
        responses: {
            /** @description The modified delegation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Delegation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addDelegationNameserver: {
        parameters: {
            query?: {
                /**
                 * @description TTL of the NS record in seconds. Omitted: the nameserver's TTL is reset to the inherited
                 *     one, also for a nameserver that had its own (AS19814 OT&E notes; peers §3).
                 * @example 86400
                 */
                ttl?: components["parameters"]["NameserverTtl"];
            };
            header?: never;
            path: {
                /**
                 * @description The reverse zone of the delegation, as `<name>` gives it, with or without the trailing dot:
                 *     `2.0.192.in-addr.arpa.` (IPv4, one to three octets, in reverse) or
                 *     `8.b.d.0.1.0.0.2.ip6.arpa.` (IPv6, one hex digit per label). Take it from
                 *     `GET /rest/net/{netHandle}/delegations`.
                 * @example 2.0.192.in-addr.arpa.
                 */
                delegationName: components["parameters"]["DelegationName"];
                /**
                 * @description Host name of the nameserver, e.g. `ns1.example.net` (ARIN stores and returns it in upper case).
                 * @example ns3.example.net
                 */
                nameserver: components["parameters"]["NameserverHost"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delegation with the nameserver. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Delegation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDelegationNameserver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reverse zone of the delegation, as `<name>` gives it, with or without the trailing dot:
                 *     `2.0.192.in-addr.arpa.` (IPv4, one to three octets, in reverse) or
                 *     `8.b.d.0.1.0.0.2.ip6.arpa.` (IPv6, one hex digit per label). Take it from
                 *     `GET /rest/net/{netHandle}/delegations`.
                 * @example 2.0.192.in-addr.arpa.
                 */
                delegationName: components["parameters"]["DelegationName"];
                /**
                 * @description Host name of the nameserver, e.g. `ns1.example.net` (ARIN stores and returns it in upper case).
                 * @example ns3.example.net
                 */
                nameserver: components["parameters"]["NameserverHost"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delegation without the nameserver. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Delegation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDelegationNameservers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The reverse zone of the delegation, as `<name>` gives it, with or without the trailing dot:
                 *     `2.0.192.in-addr.arpa.` (IPv4, one to three octets, in reverse) or
                 *     `8.b.d.0.1.0.0.2.ip6.arpa.` (IPv6, one hex digit per label). Take it from
                 *     `GET /rest/net/{netHandle}/delegations`.
                 * @example 2.0.192.in-addr.arpa.
                 */
                delegationName: components["parameters"]["DelegationName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delegation without nameservers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Delegation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTicketsByStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;ticketStatus=`: a ticket status, or `ANY` / `ANY_OPEN`.
                 * @example ANY_OPEN
                 */
                ticketStatus: components["parameters"]["TicketStatusMatrix"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching tickets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Collection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTicketsByType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;ticketType=`: a ticket type, or `ANY`.
                 * @example IPV4_SIMPLE_REASSIGN
                 */
                ticketType: components["parameters"]["TicketTypeMatrix"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching tickets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Collection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTicketsByTypeAndStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;ticketType=`: a ticket type, or `ANY`.
                 * @example IPV4_SIMPLE_REASSIGN
                 */
                ticketType: components["parameters"]["TicketTypeMatrix"];
                /**
                 * @description Matrix parameter `;ticketStatus=`: a ticket status, or `ANY` / `ANY_OPEN`.
                 * @example ANY_OPEN
                 */
                ticketStatus: components["parameters"]["TicketStatusMatrix"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching tickets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Collection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTicketSummariesByStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;ticketStatus=`: a ticket status, or `ANY` / `ANY_OPEN`.
                 * @example ANY_OPEN
                 */
                ticketStatus: components["parameters"]["TicketStatusMatrix"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching tickets, without messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Collection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTicketSummariesByType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;ticketType=`: a ticket type, or `ANY`.
                 * @example IPV4_SIMPLE_REASSIGN
                 */
                ticketType: components["parameters"]["TicketTypeMatrix"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching tickets, without messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Collection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTicketSummariesByTypeAndStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Matrix parameter `;ticketType=`: a ticket type, or `ANY`.
                 * @example IPV4_SIMPLE_REASSIGN
                 */
                ticketType: components["parameters"]["TicketTypeMatrix"];
                /**
                 * @description Matrix parameter `;ticketStatus=`: a ticket status, or `ANY` / `ANY_OPEN`.
                 * @example ANY_OPEN
                 */
                ticketStatus: components["parameters"]["TicketStatusMatrix"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching tickets, without messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Collection"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTicket: {
        parameters: {
            query?: {
                /**
                 * @description `true` returns `messageReferences` (IDs and attachment references only) instead of full
                 *     `messages` with inline base64 attachments. Default `false`. Use `true` for tickets with
                 *     large attachments (otherwise the server may answer 413).
                 * @example true
                 */
                msgRefs?: components["parameters"]["MsgRefs"];
            };
            header?: never;
            path: {
                /**
                 * @description Ticket number in the format `YYYYMMDD-X<n>`, e.g. `20240502-X17`.
                 * @example 20240502-X17
                 */
                ticketNo: components["parameters"]["TicketNo"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    modifyTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Ticket number in the format `YYYYMMDD-X<n>`, e.g. `20240502-X17`.
                 * @example 20240502-X17
                 */
                ticketNo: components["parameters"]["TicketNo"];
            };
            cookie?: never;
        };
        /** @description The ticket with the new status. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Ticket"];
            };
        };
        responses: {
            /** @description The modified ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTicketSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Ticket number in the format `YYYYMMDD-X<n>`, e.g. `20240502-X17`.
                 * @example 20240502-X17
                 */
                ticketNo: components["parameters"]["TicketNo"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket, without messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setTicketStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Ticket number in the format `YYYYMMDD-X<n>`, e.g. `20240502-X17`.
                 * @example 20240502-X17
                 */
                ticketNo: components["parameters"]["TicketNo"];
                /**
                 * @description The new ticket status. Only `CLOSED` is accepted, and only when the ticket is `RESOLVED`;
                 *     any other value or current status is refused (400).
                 * @example CLOSED
                 */
                ticketStatus: components["parameters"]["TicketStatusClosed"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The closed ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Ticket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addTicketMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Ticket number in the format `YYYYMMDD-X<n>`, e.g. `20240502-X17`.
                 * @example 20240502-X17
                 */
                ticketNo: components["parameters"]["TicketNo"];
            };
            cookie?: never;
        };
        /** @description The message to add. */
        requestBody: {
            content: {
                "application/xml": components["schemas"]["Message"];
            };
        };
        responses: {
            /** @description The stored message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTicketMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Ticket number in the format `YYYYMMDD-X<n>`, e.g. `20240502-X17`.
                 * @example 20240502-X17
                 */
                ticketNo: components["parameters"]["TicketNo"];
                /**
                 * @description Message number within the ticket (`messageId` of a `<messageReference>` or `<message>`),
                 *     e.g. `2`. Take it from `GET /rest/ticket/{ticketNo}?msgRefs=true`.
                 * @example 2
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
