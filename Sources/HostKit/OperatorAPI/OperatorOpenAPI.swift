import Hummingbird
import PlatformHTTP

/// The OpenAPI 3.1 description of the operator listener, served at `GET /openapi.yaml`.
///
/// It describes what the routes in `ProbeRoutes`, `NetworkRoutes` and the OCPI plugin's
/// `PartnerRoutes` answer; `OpenAPIDocumentTests` checks every documented path and method
/// against a running host, so keep the two in step when a route is added or changed.
enum OperatorOpenAPI {
    /// The document, as YAML.
    static let document: String = #"""
        openapi: 3.1.0
        info:
          title: Roamwire operator API
          version: 0.1.0
          summary: The operator listener of a Roamwire deployment.
          description: |
            Served on the operator listener (`127.0.0.1` by default, its own port), separate from the
            partner-facing listener. Request and response bodies are JSON unless stated otherwise;
            timestamps are RFC 3339 strings (UTC, e.g. `2026-11-25T15:13:05.123Z`; on input a zone
            offset or no fraction is accepted too).

            Authentication: every `/api` route and `/metrics` need `Authorization: Bearer <key>`
            naming one of the operator API keys of the listener configuration; `/health`, `/ready`
            and this document are open. A missing or wrong key is answered with 401.

            Errors are JSON `{"error": CODE, "message": TEXT, "field": PATH}` (`field` only when one
            field is at fault). Every response carries `X-Request-ID`: the caller's, or a new UUID.

            The `/api/partners` routes exist when the OCPI protocol is enabled.
        tags:
          - name: operations
            description: Liveness, readiness, metrics and this document.
          - name: network
            description: Our own network (CPO role) and customers (eMSP role), and the push outbox.
          - name: partners
            description: OCPI roaming partners and the credentials handshake with them.
        security:
          - operatorKey: []
        paths:
          /health:
            parameters:
              - $ref: '#/components/parameters/RequestID'
            get:
              tags: [operations]
              operationId: getHealth
              summary: Liveness
              description: Answers while the process runs.
              security: []
              responses:
                '200':
                  description: The process is running.
                  headers:
                    X-Request-ID:
                      $ref: '#/components/headers/XRequestID'
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Health'
          /ready:
            parameters:
              - $ref: '#/components/parameters/RequestID'
            get:
              tags: [operations]
              operationId: getReady
              summary: Readiness
              description: 200 when the store answers and its migrations are current, else 503 with the reason.
              security: []
              responses:
                '200':
                  description: Ready to serve.
                  headers:
                    X-Request-ID:
                      $ref: '#/components/headers/XRequestID'
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Readiness'
                '503':
                  description: Not ready; `store.problem` says why.
                  headers:
                    X-Request-ID:
                      $ref: '#/components/headers/XRequestID'
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Readiness'
          /metrics:
            parameters:
              - $ref: '#/components/parameters/RequestID'
            get:
              tags: [operations]
              operationId: getMetrics
              summary: Prometheus metrics
              description: |
                Prometheus text exposition format 0.0.4: `hb_requests` and `http_server_request_duration`
                per route, method and status; `roamwire_outbox_depth`; `roamwire_outbox_attempts_total`
                by channel and outcome.
              responses:
                '200':
                  description: The metrics.
                  headers:
                    X-Request-ID:
                      $ref: '#/components/headers/XRequestID'
                  content:
                    text/plain:
                      schema:
                        type: string
                '401':
                  $ref: '#/components/responses/Unauthorized'
          /openapi.yaml:
            parameters:
              - $ref: '#/components/parameters/RequestID'
            get:
              tags: [operations]
              operationId: getOpenAPIDocument
              summary: This document
              security: []
              responses:
                '200':
                  description: The OpenAPI document of the operator listener.
                  headers:
                    X-Request-ID:
                      $ref: '#/components/headers/XRequestID'
                  content:
                    application/yaml:
                      schema:
                        type: string
          /api/cpo/locations/{id}:
            parameters:
              - $ref: '#/components/parameters/RequestID'
              - name: id
                in: path
                required: true
                description: The location id; must equal `id` in the body.
                schema:
                  type: string
            put:
              tags: [network]
              operationId: putLocation
              summary: Publish one of our locations
              description: |
                Creates or replaces a location of one of our CPO parties; the change is pushed to the
                partners entitled to it, through the outbox.
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/Location'
              responses:
                '200':
                  $ref: '#/components/responses/Accepted'
                '400':
                  $ref: '#/components/responses/InvalidBody'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '409':
                  $ref: '#/components/responses/Unavailable'
                '413':
                  $ref: '#/components/responses/PayloadTooLarge'
                '422':
                  $ref: '#/components/responses/Unprocessable'
                '503':
                  $ref: '#/components/responses/StoreUnavailable'
          /api/emsp/tokens/{uid}:
            parameters:
              - $ref: '#/components/parameters/RequestID'
              - name: uid
                in: path
                required: true
                description: The token uid; must equal `uid` in the body.
                schema:
                  type: string
            put:
              tags: [network]
              operationId: putToken
              summary: Issue or change one of our tokens
              description: |
                Creates or replaces a token of one of our eMSP parties (issue, block with `valid: false`,
                set `whitelist`); the change is pushed to the partners entitled to it.
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/Token'
              responses:
                '200':
                  $ref: '#/components/responses/Accepted'
                '400':
                  $ref: '#/components/responses/InvalidBody'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '409':
                  $ref: '#/components/responses/Unavailable'
                '413':
                  $ref: '#/components/responses/PayloadTooLarge'
                '422':
                  $ref: '#/components/responses/Unprocessable'
                '503':
                  $ref: '#/components/responses/StoreUnavailable'
          /api/outbox:
            parameters:
              - $ref: '#/components/parameters/RequestID'
            get:
              tags: [network]
              operationId: listOutbox
              summary: Pushes not yet delivered
              description: Outbox messages waiting, in flight or abandoned, oldest first, with attempts and last error.
              parameters:
                - name: limit
                  in: query
                  required: false
                  description: At most this many entries; clamped to 1...1000; 100 when absent or not a number.
                  schema:
                    type: integer
                    default: 100
              responses:
                '200':
                  description: The entries.
                  headers:
                    X-Request-ID:
                      $ref: '#/components/headers/XRequestID'
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: '#/components/schemas/OutboxEntry'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '503':
                  $ref: '#/components/responses/StoreUnavailable'
          /api/partners:
            parameters:
              - $ref: '#/components/parameters/RequestID'
            get:
              tags: [partners]
              operationId: listPartners
              summary: All partners
              responses:
                '200':
                  description: Every partner with its OCPI connection.
                  headers:
                    X-Request-ID:
                      $ref: '#/components/headers/XRequestID'
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: '#/components/schemas/PartnerView'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '503':
                  $ref: '#/components/responses/StoreUnavailable'
            post:
              tags: [partners]
              operationId: addPartner
              summary: Add a partner and issue its registration token
              description: |
                Records the partner (or renames it) and, unless `issueToken` is false, issues a registration
                token (OCPI token A): hand `token` and `versionsURL` to the partner, who registers with them.
                A new token replaces the previous one.
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/NewPartner'
              responses:
                '201':
                  description: |
                    The partner with its registration token, or (with `issueToken: false`) the partner as
                    recorded.
                  headers:
                    X-Request-ID:
                      $ref: '#/components/headers/XRequestID'
                  content:
                    application/json:
                      schema:
                        oneOf:
                          - $ref: '#/components/schemas/RegistrationTokenView'
                          - $ref: '#/components/schemas/PartnerView'
                '400':
                  $ref: '#/components/responses/InvalidBody'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '413':
                  $ref: '#/components/responses/PayloadTooLarge'
                '422':
                  $ref: '#/components/responses/Unprocessable'
                '503':
                  $ref: '#/components/responses/StoreUnavailable'
          /api/partners/register:
            parameters:
              - $ref: '#/components/parameters/RequestID'
            post:
              tags: [partners]
              operationId: registerWithNewPartner
              summary: Register with a partner
              description: |
                Starts the OCPI credentials handshake with the partner's versions URL and the token A
                they gave us; the partner is recorded under `id` if it is new.
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/PartnerRegistration'
              responses:
                '200':
                  $ref: '#/components/responses/Partner'
                '400':
                  $ref: '#/components/responses/InvalidBody'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '413':
                  $ref: '#/components/responses/PayloadTooLarge'
                '422':
                  $ref: '#/components/responses/Unprocessable'
                '502':
                  $ref: '#/components/responses/PartnerFailed'
                '503':
                  $ref: '#/components/responses/StoreUnavailable'
          /api/partners/{id}:
            parameters:
              - $ref: '#/components/parameters/RequestID'
              - $ref: '#/components/parameters/PartnerID'
            get:
              tags: [partners]
              operationId: getPartner
              summary: One partner
              responses:
                '200':
                  $ref: '#/components/responses/Partner'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '404':
                  $ref: '#/components/responses/NotFound'
                '422':
                  $ref: '#/components/responses/Unprocessable'
                '503':
                  $ref: '#/components/responses/StoreUnavailable'
            delete:
              tags: [partners]
              operationId: unregisterPartner
              summary: Unregister a partner
              description: |
                Tells a registered partner (`DELETE` on their credentials endpoint) and withdraws their
                access here in any case; the record stays, in state `UNREGISTERED`.
              responses:
                '200':
                  $ref: '#/components/responses/Partner'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '404':
                  $ref: '#/components/responses/NotFound'
                '422':
                  $ref: '#/components/responses/Unprocessable'
                '503':
                  $ref: '#/components/responses/StoreUnavailable'
          /api/partners/{id}/register:
            parameters:
              - $ref: '#/components/parameters/RequestID'
              - $ref: '#/components/parameters/PartnerID'
            post:
              tags: [partners]
              operationId: registerWithPartner
              summary: Register with a partner
              description: Starts the OCPI credentials handshake with the partner's versions URL and their token A.
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/Registration'
              responses:
                '200':
                  $ref: '#/components/responses/Partner'
                '400':
                  $ref: '#/components/responses/InvalidBody'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '413':
                  $ref: '#/components/responses/PayloadTooLarge'
                '422':
                  $ref: '#/components/responses/Unprocessable'
                '502':
                  $ref: '#/components/responses/PartnerFailed'
                '503':
                  $ref: '#/components/responses/StoreUnavailable'
          /api/partners/{id}/update:
            parameters:
              - $ref: '#/components/parameters/RequestID'
              - $ref: '#/components/parameters/PartnerID'
            post:
              tags: [partners]
              operationId: updatePartnerCredentials
              summary: Rotate credentials with a registered partner
              description: |
                `PUT` on the partner's credentials endpoint: a new token for them, a new one from them.
                422 when the partner is not registered.
              responses:
                '200':
                  $ref: '#/components/responses/Partner'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '422':
                  $ref: '#/components/responses/Unprocessable'
                '502':
                  $ref: '#/components/responses/PartnerFailed'
                '503':
                  $ref: '#/components/responses/StoreUnavailable'
        components:
          securitySchemes:
            operatorKey:
              type: http
              scheme: bearer
              description: One of the operator API keys of the listener configuration (`api_keys`).
          headers:
            XRequestID:
              description: The caller's `X-Request-ID`, or a new UUID; every log line of the request carries it as `request.id`.
              required: true
              schema:
                type: string
          parameters:
            RequestID:
              name: X-Request-ID
              in: header
              required: false
              description: Correlates the request with logs; echoed in the response. A new UUID when absent.
              schema:
                type: string
            PartnerID:
              name: id
              in: path
              required: true
              description: Operator-chosen partner id.
              schema:
                $ref: '#/components/schemas/PartnerID'
          responses:
            Accepted:
              description: Accepted; stored and queued for the partners entitled to it.
              headers:
                X-Request-ID:
                  $ref: '#/components/headers/XRequestID'
              content:
                application/json:
                  schema:
                    type: object
                    required: [status]
                    properties:
                      status:
                        const: accepted
            Partner:
              description: The partner with its OCPI connection.
              headers:
                X-Request-ID:
                  $ref: '#/components/headers/XRequestID'
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/PartnerView'
            InvalidBody:
              description: The body is not JSON of the expected shape (`invalid_body`); `field` names the key path at fault.
              headers:
                X-Request-ID:
                  $ref: '#/components/headers/XRequestID'
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/Error'
            Unauthorized:
              description: "Missing or wrong `Authorization: Bearer` key (`unauthorized`)."
              headers:
                X-Request-ID:
                  $ref: '#/components/headers/XRequestID'
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/Error'
            NotFound:
              description: No such object (`not_found`).
              headers:
                X-Request-ID:
                  $ref: '#/components/headers/XRequestID'
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/Error'
            Unavailable:
              description: This deployment cannot do it, e.g. it has no party in the needed role (`unavailable`).
              headers:
                X-Request-ID:
                  $ref: '#/components/headers/XRequestID'
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/Error'
            PayloadTooLarge:
              description: The body exceeds the listener's `max_body_bytes` (`http_413`).
              headers:
                X-Request-ID:
                  $ref: '#/components/headers/XRequestID'
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/Error'
            Unprocessable:
              description: |
                Refused: the object belongs to a party that is not ours in the needed role
                (`not_our_party`), or it is malformed or inconsistent, or the request does not fit the
                partner's state (`invalid`).
              headers:
                X-Request-ID:
                  $ref: '#/components/headers/XRequestID'
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/Error'
            PartnerFailed:
              description: The partner's system failed or refused what we asked of it (`partner_failed`).
              headers:
                X-Request-ID:
                  $ref: '#/components/headers/XRequestID'
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/Error'
            StoreUnavailable:
              description: The store failed; nothing was written (`store_unavailable`).
              headers:
                X-Request-ID:
                  $ref: '#/components/headers/XRequestID'
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/Error'
          schemas:
            Error:
              type: object
              required: [error, message]
              properties:
                error:
                  type: string
                  description: |
                    Machine-readable code: `invalid_body`, `unauthorized`, `not_found`, `unavailable`,
                    `not_our_party`, `invalid`, `partner_failed`, `store_unavailable`, or `http_<status>`.
                message:
                  type: string
                  description: What is wrong, for people.
                field:
                  type: string
                  description: The field at fault, when there is one (a key path such as `evses[0].uid`).
            Health:
              type: object
              required: [status]
              properties:
                status:
                  const: ok
            Readiness:
              type: object
              required: [status, store]
              properties:
                status:
                  type: string
                  enum: [ready, not_ready]
                store:
                  $ref: '#/components/schemas/StoreReadiness'
            StoreReadiness:
              type: object
              required: [reachable, migrationsCurrent]
              properties:
                reachable:
                  type: boolean
                  description: The database answered a query.
                migrationsCurrent:
                  type: boolean
                  description: Every known migration has been applied.
                problem:
                  type: string
                  description: Why the store is not ready.
            Timestamp:
              type: string
              format: date-time
              description: RFC 3339; written in UTC with milliseconds.
            PartyID:
              type: object
              description: A party's identity, written `DE*ABC` elsewhere.
              required: [countryCode, partyID]
              properties:
                countryCode:
                  type: string
                  pattern: '^[A-Za-z]{2}$'
                  description: ISO 3166-1 alpha-2 country code (upper-cased on input).
                partyID:
                  type: string
                  pattern: '^[A-Za-z0-9]{3}$'
                  description: Three letters or digits (upper-cased on input).
            PartyRole:
              type: string
              enum: [CPO, EMSP, HUB, NAP, NSP, SCSP, OTHER]
            BusinessDetails:
              type: object
              required: [name]
              properties:
                name:
                  type: string
                website:
                  type: string
                logo:
                  $ref: '#/components/schemas/Image'
            Image:
              type: object
              required: [url, category, type]
              properties:
                url:
                  type: string
                thumbnail:
                  type: string
                category:
                  type: string
                  enum: [CHARGER, ENTRANCE, LOCATION, NETWORK, OPERATOR, OTHER, OWNER]
                type:
                  type: string
                  description: Image type, e.g. `png`.
                width:
                  type: integer
                height:
                  type: integer
            DisplayText:
              type: object
              required: [language, text]
              properties:
                language:
                  type: string
                text:
                  type: string
            GeoLocation:
              type: object
              required: [latitude, longitude]
              properties:
                latitude:
                  type: number
                longitude:
                  type: number
            AdditionalGeoLocation:
              type: object
              required: [latitude, longitude]
              properties:
                latitude:
                  type: number
                longitude:
                  type: number
                name:
                  $ref: '#/components/schemas/DisplayText'
            TokenType:
              type: string
              enum: [AD_HOC_USER, APP_USER, OTHER, RFID]
            WhitelistType:
              type: string
              enum: [ALWAYS, ALLOWED, ALLOWED_OFFLINE, NEVER]
            ProfileType:
              type: string
              enum: [CHEAP, FAST, GREEN, REGULAR]
            PublishTokenType:
              type: object
              properties:
                uid:
                  type: string
                type:
                  $ref: '#/components/schemas/TokenType'
                visualNumber:
                  type: string
                issuer:
                  type: string
                groupID:
                  type: string
            EVSE:
              type: object
              description: An EVSE with its connectors (the domain `EVSE`, OCPI 2.2.1 EVSE in camelCase keys).
            OpeningHours:
              type: object
              description: Regular hours or twenty-four-seven, with exceptional openings and closings (the domain `OpeningHours`).
            EnergyMix:
              type: object
              description: Where the electricity comes from (the domain `EnergyMix`).
            Location:
              type: object
              description: One of our charging sites with its EVSEs and connectors (the domain `Location`).
              required:
                - party
                - id
                - publish
                - publishAllowedTo
                - address
                - city
                - country
                - coordinates
                - relatedLocations
                - evses
                - directions
                - facilities
                - timeZone
                - images
                - lastUpdated
              properties:
                party:
                  $ref: '#/components/schemas/PartyID'
                id:
                  type: string
                  description: Unique within the owning party; must equal the path's `id`.
                publish:
                  type: boolean
                publishAllowedTo:
                  type: array
                  items:
                    $ref: '#/components/schemas/PublishTokenType'
                name:
                  type: string
                address:
                  type: string
                city:
                  type: string
                postalCode:
                  type: string
                state:
                  type: string
                country:
                  type: string
                  description: ISO 3166-1 alpha-3 code, e.g. `DEU`.
                coordinates:
                  $ref: '#/components/schemas/GeoLocation'
                relatedLocations:
                  type: array
                  items:
                    $ref: '#/components/schemas/AdditionalGeoLocation'
                parkingType:
                  type: string
                  description: e.g. `ALONG_MOTORWAY`, `PARKING_GARAGE`, `PARKING_LOT`, `ON_DRIVEWAY`, `ON_STREET`, `UNDERGROUND_GARAGE`.
                evses:
                  type: array
                  items:
                    $ref: '#/components/schemas/EVSE'
                directions:
                  type: array
                  items:
                    $ref: '#/components/schemas/DisplayText'
                operator:
                  $ref: '#/components/schemas/BusinessDetails'
                suboperator:
                  $ref: '#/components/schemas/BusinessDetails'
                siteOwner:
                  $ref: '#/components/schemas/BusinessDetails'
                facilities:
                  type: array
                  items:
                    type: string
                    description: e.g. `HOTEL`, `RESTAURANT`, `CAFE`, `SUPERMARKET`, `WIFI`.
                timeZone:
                  type: string
                  description: IANA time zone name, e.g. `Europe/Berlin`.
                openingTimes:
                  $ref: '#/components/schemas/OpeningHours'
                chargingWhenClosed:
                  type: boolean
                images:
                  type: array
                  items:
                    $ref: '#/components/schemas/Image'
                energyMix:
                  $ref: '#/components/schemas/EnergyMix'
                hotlinePhoneNumber:
                  type: string
                  description: '`+` and digits.'
                lastUpdated:
                  $ref: '#/components/schemas/Timestamp'
            EnergyContract:
              type: object
              required: [supplierName]
              properties:
                supplierName:
                  type: string
                contractID:
                  type: string
            Token:
              type: object
              description: One of our drivers' tokens (the domain `Token`).
              required: [party, uid, type, contractID, issuer, valid, whitelist, lastUpdated]
              properties:
                party:
                  $ref: '#/components/schemas/PartyID'
                uid:
                  type: string
                  description: Must equal the path's `uid`.
                type:
                  $ref: '#/components/schemas/TokenType'
                contractID:
                  type: string
                  description: The driver's contract id (eMA id), e.g. `DE-XYZ-C12345678-9`.
                visualNumber:
                  type: string
                issuer:
                  type: string
                groupID:
                  type: string
                valid:
                  type: boolean
                whitelist:
                  $ref: '#/components/schemas/WhitelistType'
                language:
                  type: string
                defaultProfileType:
                  $ref: '#/components/schemas/ProfileType'
                energyContract:
                  $ref: '#/components/schemas/EnergyContract'
                expiryDate:
                  $ref: '#/components/schemas/Timestamp'
                lastUpdated:
                  $ref: '#/components/schemas/Timestamp'
            OutboxEntry:
              type: object
              required: [id, channel, destination, orderingKey, state, attempts, nextAttemptAt]
              properties:
                id:
                  type: integer
                  format: int64
                channel:
                  type: string
                  description: The deliverer, e.g. `webhook` or `ocpi`.
                destination:
                  type: string
                  description: Where it goes, in the deliverer's terms (a partner id, a URL).
                orderingKey:
                  type: string
                state:
                  type: string
                  enum: [pending, in_flight, dead]
                attempts:
                  type: integer
                nextAttemptAt:
                  $ref: '#/components/schemas/Timestamp'
                lastError:
                  type: string
            PartnerID:
              type: string
              pattern: '^[A-Za-z0-9._-]{1,64}$'
            CredentialsState:
              type: string
              enum: [AWAITING_REGISTRATION, REGISTERING, REGISTERED, FAILED, UNREGISTERED]
            Party:
              type: object
              required: [id, role, businessDetails]
              properties:
                id:
                  $ref: '#/components/schemas/PartyID'
                role:
                  $ref: '#/components/schemas/PartyRole'
                businessDetails:
                  $ref: '#/components/schemas/BusinessDetails'
            Partner:
              type: object
              description: A roaming partner (the domain `Partner`); never carries secrets.
              required: [id, name, roamingProtocol, parties, credentialsState, createdAt, lastUpdated]
              properties:
                id:
                  $ref: '#/components/schemas/PartnerID'
                name:
                  type: string
                roamingProtocol:
                  type: string
                  enum: [OCPI, OICP]
                parties:
                  type: array
                  description: The parties the partner represents (known after registration).
                  items:
                    $ref: '#/components/schemas/Party'
                credentialsState:
                  $ref: '#/components/schemas/CredentialsState'
                createdAt:
                  $ref: '#/components/schemas/Timestamp'
                lastUpdated:
                  $ref: '#/components/schemas/Timestamp'
                lastContact:
                  $ref: '#/components/schemas/Timestamp'
            OCPIEndpoint:
              type: object
              required: [identifier, role, url]
              properties:
                identifier:
                  type: string
                  description: OCPI module id, e.g. `credentials`, `locations`.
                role:
                  type: string
                  enum: [SENDER, RECEIVER]
                url:
                  type: string
            PartnerView:
              type: object
              required: [partner, ocpi]
              properties:
                partner:
                  $ref: '#/components/schemas/Partner'
                ocpi:
                  type: object
                  description: Our OCPI connection with the partner; tokens appear only as hints.
                  required: [endpoints, outboundEncoding]
                  properties:
                    versionsURL:
                      type: string
                    version:
                      type: string
                      description: The version both sides speak, e.g. `2.2.1`.
                    endpoints:
                      type: array
                      items:
                        $ref: '#/components/schemas/OCPIEndpoint'
                    outboundToken:
                      type: string
                      description: Hint of the token we present to them (first four characters and the length).
                    outboundEncoding:
                      type: string
                      enum: [base64, raw]
                    inboundEncoding:
                      type: string
                      enum: [base64, raw]
                    lastError:
                      type: string
            RegistrationTokenView:
              type: object
              required: [partner, token, versionsURL]
              properties:
                partner:
                  $ref: '#/components/schemas/Partner'
                token:
                  type: string
                  description: The registration token (OCPI token A), shown once.
                versionsURL:
                  type: string
                  description: Our OCPI versions endpoint, to hand to the partner with the token.
            NewPartner:
              type: object
              required: [id]
              properties:
                id:
                  $ref: '#/components/schemas/PartnerID'
                name:
                  type: string
                  description: Display name; the id when absent for a new partner.
                issueToken:
                  type: boolean
                  default: true
                  description: Issue a registration token; false only records the partner.
            Registration:
              type: object
              required: [versionsURL, token]
              properties:
                name:
                  type: string
                versionsURL:
                  type: string
                  description: The partner's OCPI versions endpoint, http or https.
                token:
                  type: string
                  minLength: 1
                  maxLength: 64
                  description: The token A the partner gave us (printable ASCII).
            PartnerRegistration:
              allOf:
                - $ref: '#/components/schemas/Registration'
                - type: object
                  required: [id]
                  properties:
                    id:
                      $ref: '#/components/schemas/PartnerID'
        """#
}

/// Serves ``OperatorOpenAPI/document`` at `GET /openapi.yaml`, without authentication.
struct OpenAPIRoute {
    /// Adds the route to the operator listener's root router (outside the API-key check).
    func add(to router: Router<RoamwireRequestContext>) {
        router.get("openapi.yaml") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml"],
                body: .init(byteBuffer: ByteBuffer(string: OperatorOpenAPI.document)))
        }
    }
}
