# Enterprise Voice for Contoso Amsterdam (Skype for Business Server 2019).
# Written for Dialscape's tests from the cmdlet reference; every shape below is one the reference documents.
Import-Module SkypeForBusiness
$ErrorActionPreference = 'Stop'

# The site's dial plan and its rules, first matching rule wins
New-CsDialPlan -Identity Site:Amsterdam -SimpleName 'Amsterdam' -Description "Amsterdam users"
New-CsVoiceNormalizationRule -Parent Site:Amsterdam -Name 'NL national' -Pattern '^0([1-9]\d{8})$' `
    -Translation '+31$1'
New-CsVoiceNormalizationRule -Identity "Site:Amsterdam/NL international" -Pattern "^00(\d+)$" -Translation '+$1' -Priority 0
New-CsVoiceNormalizationRule -Identity 'Site:Amsterdam/Extension' -Pattern '^(\d{4})$' -Translation '+3120710$1' -IsInternalExtension $true
New-CsVoiceNormalizationRule -Identity 'Site:Amsterdam/Old operator' -Pattern '^9(\d+)$' -Translation '$1'
Remove-CsVoiceNormalizationRule -Identity 'Site:Amsterdam/Old operator'
Set-CsVoiceNormalizationRule -Identity 'Site:Amsterdam/NL national' -Priority 2

# A per-user dial plan built from in-memory rules
$keep = New-CsVoiceNormalizationRule -Parent Global -Name 'Keep E.164' -Pattern '^\+(\d+)$' -Translation '+$1' -InMemory
$svc = New-CsVoiceNormalizationRule -Parent Global -Name "Service desk" -Pattern '^(?:112|911)$' -Translation "112" -InMemory
New-CsDialPlan -Identity NL-Roaming -NormalizationRules @{Add=$keep, $svc}

<# Routing: usages, then routes (priority 0 is first), then policies #>
Set-CsPstnUsage -Identity Global -Usage @{Add="NL Local","NL National"}
Set-CsPstnUsage -Identity Global -Usage @{Add='International'}
New-CsVoiceRoute -Identity "NL-Local" -NumberPattern '^\+3120\d{7}$' -PstnUsages @{Add="NL Local"} `
    -PstnGatewayList @{Add="PstnGateway:gw01.ams.contoso.com","PstnGateway:gw02.ams.contoso.com"}
New-CsVoiceRoute -Identity "NL-National" -NumberPattern '^\+31\d{9}$' -PstnUsages @{Add="NL National"} `
    -PstnGatewayList @{Add="PstnGateway:gw01.ams.contoso.com"}
New-CsVoiceRoute -Identity "World" -NumberPattern '^\+' -PstnUsages @{Add="International"} `
    -PstnGatewayList @{Add="PstnGateway:gw02.ams.contoso.com"} -Description 'everything else'
New-CsVoiceRoute -Identity "Emergency" -NumberPattern '^112$' -PstnUsages @{Add="NL Local"} `
    -PstnGatewayList @{Add="PstnGateway:gw01.ams.contoso.com"} -Priority 0
New-CsVoicePolicy -Identity Site:Amsterdam -PstnUsages @{Add="NL Local","NL National"}
New-CsVoicePolicy -Identity Tag:Executives -PstnUsages @{Add="NL Local","NL National","International"} -AllowCallForwarding $true
Set-CsVoicePolicy -Identity Site:Amsterdam -PstnUsages @{Remove="NL National"}

# The Amsterdam carrier wants national numbers
New-CsOutboundTranslationRule -Identity "PstnGateway:gw01.ams.contoso.com/NL national" -Pattern '^\+31(\d{9})$' -Translation '0$1'
New-CsOutboundTranslationRule -Identity "Global/Strip plus" -Pattern '^\+(\d+)$' -Translation '00$1'

Grant-CsVoicePolicy -Identity "sip:bob@contoso.com" -PolicyName Executives
