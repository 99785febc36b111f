# Teams Phone with Direct Routing for Contoso, written for Dialscape's tests from the cmdlet reference.
Connect-MicrosoftTeams

$nr1 = New-CsVoiceNormalizationRule -Identity Global/NL-International -Description 'international' -Pattern '^00([1-9]\d{6,14})$' -Translation '+$1' -InMemory
$nr2 = New-CsVoiceNormalizationRule -Parent Global -Name NL-National -Pattern '^0([1-9]\d{8})$' -Translation '+31$1' -InMemory
New-CsTenantDialPlan -Identity NL-Teams -NormalizationRules @{Add=$nr1}
Set-CsTenantDialPlan -Identity NL-Teams -NormalizationRules @{Add=$nr2}

New-CsTeamsTranslationRule -Identity 'StripPlus31' -Pattern '^\+31(\d{9})$' -Translation '0$1'
New-CsTeamsTranslationRule -Identity 'KeepE164' -Pattern '^\+(\d+)$' -Translation '+$1' -Description 'E.164 as it is'
New-CsOnlinePSTNGateway -Fqdn sbc-ams.contoso.com -SipSignalingPort 5061 -Enabled $true `
    -OutboundPstnNumberTranslationRules 'StripPlus31','KeepE164'
New-CsOnlinePSTNGateway -Fqdn sbc-bru.contoso.com -SipSignalingPort 5061 -Enabled $true

Set-CsOnlinePstnUsage -Identity Global -Usage @{Add="NL","BE","Intl"}
New-CsOnlineVoiceRoute -Identity "NL only" -NumberPattern '^\+31\d{9}$' -OnlinePstnGatewayList sbc-ams.contoso.com, sbc-bru.contoso.com -OnlinePstnUsages "NL" -Priority 0
New-CsOnlineVoiceRoute -Identity "World" -NumberPattern '^\+\d+$' -OnlinePstnGatewayList sbc-ams.contoso.com -OnlinePstnUsages "Intl"
New-CsOnlineVoiceRoute -Identity "BE only" -NumberPattern '^\+32\d{8,9}$' -OnlinePstnGatewayList sbc-bru.contoso.com, sbc-ams.contoso.com -OnlinePstnUsages "BE" -Priority 1
New-CsOnlineVoiceRoutingPolicy -Identity "Everyone" -OnlinePstnUsages "NL","BE","Intl"
