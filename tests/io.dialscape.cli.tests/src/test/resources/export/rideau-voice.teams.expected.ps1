# Written by 'dialscape export powershell --target teams' from tests/io.dialscape.cli.tests/src/test/resources/export/rideau-voice.ucm
# Re-runnable: each object is created when it is missing and then set as the model says.
# Run it after Connect-MicrosoftTeams.
$ErrorActionPreference = 'Stop'

# Not exported (PowerShell cannot hold it):
#   gateway lbg01 (line 5): it has no FQDN, so PowerShell cannot name it (routes through it leave it out)
#   pbx icp01 (line 4): not a Lync or Teams object
#   route PBX (line 9): none of its gateways has an FQDN
#   route Local613 (line 10): its gateway lbg01 without an FQDN is left out
#   users OttawaStaff (line 14): assign the dial plan and policy to the users with Grant-CsDialPlan / Grant-CsVoicePolicy
#   digits lbgOut (line 27): a Mitel LBG digit-modification table is configured on the gateway, not in PowerShell

# Dial plan Ottawa
$dp_Ottawa_1 = New-CsVoiceNormalizationRule -Parent 'Ottawa' -Name 'O''Brien''s line' -Pattern '^(5660)$' -Translation '+1613592$1' -InMemory
$dp_Ottawa_2 = New-CsVoiceNormalizationRule -Parent 'Ottawa' -Name 'Rule 2' -Pattern '^(\d{7})$' -Translation '+1613$1' -InMemory
$dp_Ottawa_3 = New-CsVoiceNormalizationRule -Parent 'Ottawa' -Name 'Dollar $ket' -Pattern '^9(\d+)$' -Translation '$1' -InMemory
if (-not (Get-CsTenantDialPlan -Identity 'Ottawa' -ErrorAction SilentlyContinue)) {
    New-CsTenantDialPlan -Identity 'Ottawa'
}
Set-CsTenantDialPlan -Identity 'Ottawa' -NormalizationRules @{Replace=$dp_Ottawa_1, $dp_Ottawa_2, $dp_Ottawa_3}

# PSTN usages
if ((Get-CsOnlinePstnUsage -Identity Global).Usage -notcontains 'Internal') {
    Set-CsOnlinePstnUsage -Identity Global -Usage @{Add='Internal'}
}
if ((Get-CsOnlinePstnUsage -Identity Global).Usage -notcontains 'Local') {
    Set-CsOnlinePstnUsage -Identity Global -Usage @{Add='Local'}
}
if ((Get-CsOnlinePstnUsage -Identity Global).Usage -notcontains 'International') {
    Set-CsOnlinePstnUsage -Identity Global -Usage @{Add='International'}
}

# Gateway gw01 (SBC gw01.corp.rideau.local)
if (-not (Get-CsTeamsTranslationRule -Identity 'gw01Out_1' -ErrorAction SilentlyContinue)) {
    New-CsTeamsTranslationRule -Identity 'gw01Out_1' -Description 'NANP to 10 digits' -Pattern '^\+1(\d{10})$' -Translation '$1'
} else {
    Set-CsTeamsTranslationRule -Identity 'gw01Out_1' -Description 'NANP to 10 digits' -Pattern '^\+1(\d{10})$' -Translation '$1'
}
if (-not (Get-CsOnlinePSTNGateway -Identity 'gw01.corp.rideau.local' -ErrorAction SilentlyContinue)) {
    # the SIP signalling port is not in the model: 5061 is assumed
    New-CsOnlinePSTNGateway -Fqdn 'gw01.corp.rideau.local' -SipSignalingPort 5061 -Enabled $true
}
# dialscape: translation gw01Out
Set-CsOnlinePSTNGateway -Identity 'gw01.corp.rideau.local' -OutboundPstnNumberTranslationRules @('gw01Out_1')

# Routes, in priority order
if (-not (Get-CsOnlineVoiceRoute -Identity 'Local613' -ErrorAction SilentlyContinue)) {
    New-CsOnlineVoiceRoute -Identity 'Local613' -Priority 0 -NumberPattern '^\+1613\d{7}$' -OnlinePstnUsages @{Add='Local'} -OnlinePstnGatewayList @{Add='gw01.corp.rideau.local'}
} else {
    Set-CsOnlineVoiceRoute -Identity 'Local613' -Priority 0 -NumberPattern '^\+1613\d{7}$' -OnlinePstnUsages @{Replace='Local'} -OnlinePstnGatewayList @{Replace='gw01.corp.rideau.local'}
}
if (-not (Get-CsOnlineVoiceRoute -Identity 'World' -ErrorAction SilentlyContinue)) {
    New-CsOnlineVoiceRoute -Identity 'World' -Priority 1 -NumberPattern '^\+' -OnlinePstnUsages @{Add='International'} -OnlinePstnGatewayList @{Add='gw01.corp.rideau.local'}
} else {
    Set-CsOnlineVoiceRoute -Identity 'World' -Priority 1 -NumberPattern '^\+' -OnlinePstnUsages @{Replace='International'} -OnlinePstnGatewayList @{Replace='gw01.corp.rideau.local'}
}

# Voice routing policies
if (-not (Get-CsOnlineVoiceRoutingPolicy -Identity 'Staff' -ErrorAction SilentlyContinue)) {
    New-CsOnlineVoiceRoutingPolicy -Identity 'Staff' -OnlinePstnUsages @{Add='Internal', 'Local'}
} else {
    Set-CsOnlineVoiceRoutingPolicy -Identity 'Staff' -OnlinePstnUsages @{Replace='Internal', 'Local'}
}
if (-not (Get-CsOnlineVoiceRoutingPolicy -Identity 'Execs' -ErrorAction SilentlyContinue)) {
    New-CsOnlineVoiceRoutingPolicy -Identity 'Execs' -OnlinePstnUsages @{Add='Internal', 'Local', 'International'}
} else {
    Set-CsOnlineVoiceRoutingPolicy -Identity 'Execs' -OnlinePstnUsages @{Replace='Internal', 'Local', 'International'}
}
