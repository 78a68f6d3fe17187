# English (en) topic words: name what the problem is about, so the result can
# report connectivity, delivery, billing, product, account or policy (the topic
# with most hits wins; none gives "other"). Helpers only: a topic word is not a
# cue and never makes a text dissatisfied.
# Written by the project team; no third-party word list.
# Format: lexicons/README.md.

# topic.connectivity: internet, phone signal and network service
en.topic.conn.internet	topic.connectivity	internet
en.topic.conn.wifi	topic.connectivity	wifi
en.topic.conn.wi_fi	topic.connectivity	wi fi
en.topic.conn.broadband	topic.connectivity	broadband
en.topic.conn.signal	topic.connectivity	signal
en.topic.conn.network	topic.connectivity	network
en.topic.conn.connection	topic.connectivity	connection
en.topic.conn.connectivity	topic.connectivity	connectivity
en.topic.conn.router	topic.connectivity	router
en.topic.conn.modem	topic.connectivity	modem
en.topic.conn.coverage	topic.connectivity	coverage
en.topic.conn.reception	topic.connectivity	reception
en.topic.conn.4g	topic.connectivity	4g
en.topic.conn.5g	topic.connectivity	5g
en.topic.conn.lte	topic.connectivity	lte
en.topic.conn.mobile_data	topic.connectivity	mobile data
en.topic.conn.hotspot	topic.connectivity	hotspot
en.topic.conn.fibre	topic.connectivity	fibre
en.topic.conn.fiber	topic.connectivity	fiber
en.topic.conn.outage_w	topic.connectivity	outage*
en.topic.conn.dropped_call_w	topic.connectivity	dropped call*
en.topic.conn.bandwidth	topic.connectivity	bandwidth

# topic.delivery: orders, parcels, shipping
en.topic.deliv.delivery	topic.delivery	delivery
en.topic.deliv.deliveries	topic.delivery	deliveries
en.topic.deliv.delivered	topic.delivery	delivered
en.topic.deliv.deliver	topic.delivery	deliver
en.topic.deliv.package	topic.delivery	package
en.topic.deliv.packages	topic.delivery	packages
en.topic.deliv.parcel	topic.delivery	parcel
en.topic.deliv.parcels	topic.delivery	parcels
en.topic.deliv.shipment	topic.delivery	shipment
en.topic.deliv.shipping	topic.delivery	shipping
en.topic.deliv.shipped	topic.delivery	shipped
en.topic.deliv.courier	topic.delivery	courier
en.topic.deliv.tracking	topic.delivery	tracking
en.topic.deliv.dispatch_w	topic.delivery	dispatch*
en.topic.deliv.order	topic.delivery	order
en.topic.deliv.orders	topic.delivery	orders
en.topic.deliv.postage	topic.delivery	postage
en.topic.deliv.mail	topic.delivery	mail

# topic.billing: bills, charges, payments, refunds
en.topic.bill.bill	topic.billing	bill
en.topic.bill.bills	topic.billing	bills
en.topic.bill.billing	topic.billing	billing
en.topic.bill.billed	topic.billing	billed
en.topic.bill.invoice_w	topic.billing	invoice*
en.topic.bill.charge	topic.billing	charge
en.topic.bill.charged	topic.billing	charged
en.topic.bill.charges	topic.billing	charges
en.topic.bill.payment_w	topic.billing	payment*
en.topic.bill.refund_w	topic.billing	refund*
en.topic.bill.fee	topic.billing	fee
en.topic.bill.fees	topic.billing	fees
en.topic.bill.overcharg_w	topic.billing	overcharg*
en.topic.bill.price	topic.billing	price
en.topic.bill.prices	topic.billing	prices
en.topic.bill.pricing	topic.billing	pricing
en.topic.bill.rate	topic.billing	rate
en.topic.bill.rates	topic.billing	rates
en.topic.bill.tariff	topic.billing	tariff
en.topic.bill.credit_card	topic.billing	credit card
en.topic.bill.direct_debit	topic.billing	direct debit
en.topic.bill.transaction_w	topic.billing	transaction*
en.topic.bill.bucks	topic.billing	bucks
en.topic.bill.money	topic.billing	money

# topic.product: the device, app or item itself
en.topic.prod.product	topic.product	product
en.topic.prod.products	topic.product	products
en.topic.prod.item	topic.product	item
en.topic.prod.items	topic.product	items
en.topic.prod.device	topic.product	device
en.topic.prod.devices	topic.product	devices
en.topic.prod.phone	topic.product	phone
en.topic.prod.laptop	topic.product	laptop
en.topic.prod.tablet	topic.product	tablet
en.topic.prod.screen	topic.product	screen
en.topic.prod.battery	topic.product	battery
en.topic.prod.charger	topic.product	charger
en.topic.prod.software	topic.product	software
en.topic.prod.app	topic.product	app
en.topic.prod.firmware	topic.product	firmware
en.topic.prod.model	topic.product	model
en.topic.prod.warranty	topic.product	warranty
en.topic.prod.repair_w	topic.product	repair*
en.topic.prod.replacement	topic.product	replacement
en.topic.prod.quality	topic.product	quality

# topic.account: access to the customer's account
en.topic.acct.account	topic.account	account
en.topic.acct.accounts	topic.account	accounts
en.topic.acct.login	topic.account	login
en.topic.acct.log_in	topic.account	log in
en.topic.acct.logged_out	topic.account	logged out
en.topic.acct.password	topic.account	password
en.topic.acct.passwords	topic.account	passwords
en.topic.acct.username	topic.account	username
en.topic.acct.sign_in	topic.account	sign in
en.topic.acct.profile	topic.account	profile
en.topic.acct.verification	topic.account	verification
en.topic.acct.verify	topic.account	verify
en.topic.acct.two_factor	topic.account	two factor
en.topic.acct.2fa	topic.account	2fa
en.topic.acct.security_code	topic.account	security code
en.topic.acct.locked_out	topic.account	locked out
en.topic.acct.hacked	topic.account	hacked

# topic.policy: rules, terms, contracts
en.topic.pol.policy	topic.policy	policy
en.topic.pol.policies	topic.policy	policies
en.topic.pol.terms	topic.policy	terms
en.topic.pol.conditions	topic.policy	conditions
en.topic.pol.terms_and_conditions	topic.policy	terms and conditions
en.topic.pol.contract	topic.policy	contract
en.topic.pol.rules	topic.policy	rules
en.topic.pol.fine_print	topic.policy	fine print
en.topic.pol.small_print	topic.policy	small print
en.topic.pol.guarantee	topic.policy	guarantee
en.topic.pol.agreement	topic.policy	agreement
en.topic.pol.regulation_w	topic.policy	regulation*
en.topic.pol.eligib_w	topic.policy	eligib*
en.topic.pol.restriction_w	topic.policy	restriction*
en.topic.pol.procedure	topic.policy	procedure
